package org.sightline.ui.common;

/** Something that went wrong, worded for the user: what failed and where (file, folder). */
public record Problem(String title, String detail) {

    /** The most useful message of a failure, unwrapping the wrappers that futures add. */
    public static String reasonOf(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.util.concurrent.ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    public static boolean isCancellation(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof org.sightline.core.jobs.JobCancelledException) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }
}
