package org.parallax.workbench;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;

/**
 * A member's program of its own (a child JVM of {@link TeamTwoProgramsTest}): codes a passage, deletes or merges a code,
 * or pushes a copy, then prints one line of what happened ("stored ID", "refused: LINE", the push's summary) and ends,
 * exit code 0 when it was done and 1 when it was refused. The password, if any, comes from PARALLAX_CHILD_PASSWORD.
 */
final class TeamMemberChild {
    private TeamMemberChild() {
    }

    public static void main(String[] args) {
        String secret = System.getenv("PARALLAX_CHILD_PASSWORD");
        Supplier<char[]> password = secret == null ? null : secret::toCharArray;
        try {
            switch (args[0]) {
                case "code" -> {
                    try (Workbench wb = Workbench.open(args[1], password)) {
                        Segment s = wb.coding().code(Long.parseLong(args[2]), Integer.parseInt(args[3]),
                                Integer.parseInt(args[4]), Long.parseLong(args[5]), null);
                        System.out.println("stored " + s.id());
                    }
                }
                case "delete" -> {
                    try (Workbench wb = Workbench.open(args[1], password)) {
                        wb.codebook().deleteCode(Long.parseLong(args[2]));
                        System.out.println("deleted");
                    }
                }
                case "merge" -> {
                    try (Workbench wb = Workbench.open(args[1], password)) {
                        wb.codebook().mergeCode(Long.parseLong(args[2]), Long.parseLong(args[3]));
                        System.out.println("merged");
                    }
                }
                case "push" -> {
                    PushReport report = Team.push(Path.of(args[1]), args[2], null, password);
                    report.summary().forEach(System.out::println);
                    report.conflicts().forEach(line -> System.out.println("not sent: " + line));
                }
                default -> throw new IllegalArgumentException(args[0]);
            }
        } catch (ParallaxException e) {
            System.out.println("refused: " + e.getMessage());
            System.out.flush();
            System.exit(1);
        }
        System.out.flush();
        System.exit(0);
    }
}
