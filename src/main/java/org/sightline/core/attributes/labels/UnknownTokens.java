package org.sightline.core.attributes.labels;

/** What reading labels against a schema does with a token the schema does not know. */
public enum UnknownTokens {
    /** Keep it (a data set's labels usually go beyond any one schema: PETA has 106 tokens). */
    KEEP,
    /** Leave it out of the image's tokens. */
    DROP,
    /** Reject the file, naming the line and the token. */
    FAIL
}
