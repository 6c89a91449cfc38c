package org.sightline.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.cli.attributes.AttributeModels;
import org.sightline.cli.attributes.RealAttributeCases;
import org.sightline.engine.opencv.TestData;
import picocli.CommandLine;

class EvalAttributesCommandTest {

    @TempDir
    Path temp;

    @Test
    void fortyPetaCropsGiveATableOfTheCoveredAttributes() throws Exception {
        Path csv = subset(40);
        Result result = run(csv);
        assertEquals(0, result.code(), result.err());
        String out = result.out();
        assertTrue(out.contains("40 of 40 crops"), out);
        assertTrue(out.contains("covers 8 of 35 attributes"), out);
        for (String token : List.of("personalMale", "carryingBackpack", "hairLong", "upperBodyShortSleeve")) {
            assertTrue(out.matches("(?s).*\\n" + token + " .*"), token + " row missing:\n" + out);
        }
        Matcher ma = Pattern.compile("mA (\\d\\.\\d+) over").matcher(out);
        assertTrue(ma.find(), out);
        double meanAccuracy = Double.parseDouble(ma.group(1));
        assertTrue(meanAccuracy > 0.5 && meanAccuracy <= 1, "mA " + meanAccuracy);
        assertTrue(out.contains("instance accuracy") && out.contains("latency per crop: model"), out);

        Result sampled = run(csv, "--sample", "10", "--seed", "3");
        assertEquals(0, sampled.code(), sampled.err());
        assertTrue(sampled.out().contains("10 of 40 crops (random sample, seed 3)"), sampled.out());
    }

    @Test
    void csvWithoutTheAttributesColumnIsRefusedNamingFileAndLine() throws Exception {
        Path csv = temp.resolve("bad.csv");
        Files.writeString(csv, "file,labels\r\nimages/a.png,personalMale\r\n");
        Result result = run(csv);
        assertEquals(1, result.code());
        assertTrue(result.err().contains(csv.toString()) && result.err().contains("line 1")
                && result.err().contains("missing column 'attributes'"), result.err());
    }

    @Test
    void unreadableImageIsNamedWithItsRow() throws Exception {
        Path csv = subset(2);
        Files.writeString(temp.resolve("broken.png"), "not an image");
        Files.writeString(csv, Files.readString(csv) + "broken.png,personalMale,test\r\n");
        Result result = run(csv);
        assertEquals(1, result.code());
        assertTrue(result.err().contains("data row 3") && result.err().contains("broken.png"), result.err());
    }

    /** The first {@code rows} spread-out peta-dev rows, with image paths relative to a CSV in the temp folder. */
    private Path subset(int rows) throws Exception {
        Path peta = TestData.data("peta-dev");
        List<String> lines = new ArrayList<>(List.of("file,attributes,subset"));
        for (String row : RealAttributeCases.petaRows(rows)) {
            String[] f = row.split(",", 4);
            String relative = temp.relativize(peta.resolve(f[1])).toString().replace('\\', '/');
            lines.add(relative + "," + f[3] + "," + f[0]);
        }
        Path csv = temp.resolve("subset.csv");
        Files.writeString(csv, String.join("\r\n", lines) + "\r\n");
        return csv;
    }

    private Result run(Path csv, String... more) {
        AttributeModels models = RealAttributeCases.models(temp);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new EvalAttributesCommand(models));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(List.of("--labels", csv.toString()));
        args.addAll(List.of(more));
        int code = command.execute(args.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
