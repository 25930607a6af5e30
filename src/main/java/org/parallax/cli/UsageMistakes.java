package org.parallax.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The first line of a command line picocli cannot read, in the words of what went wrong. A word after {@code --}
 * was called an "Unknown option" though {@code --} had just said it is none, and a value that begins with a dash
 * ({@code --text -- -v}) was "Missing required option", and {@code --text --help} "Expected parameter for option
 * '--text' but found '--help'": each now says what the word was taken as and how a dashed value is given. The usage
 * picocli prints after the line stays.
 */
final class UsageMistakes implements CommandLine.IParameterExceptionHandler {
    private static final Pattern OPTION_FOUND = Pattern.compile("Expected parameter for option '([^']+)' but found "
            + "'(.*)'", Pattern.DOTALL);

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(line(ex, Arrays.asList(args)));
        if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
            cli.usage(err, cli.getColorScheme());
        }
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String line(ParameterException ex, List<String> args) {
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        int endOfOptions = args.indexOf("--");
        if (ex instanceof UnmatchedArgumentException unmatched && endOfOptions >= 0
                && afterEndOfOptions(unmatched.getUnmatched(), args, endOfOptions)) {
            return "Too many words: " + quoted(unmatched.getUnmatched()) + " after -- (which ends the options, so "
                    + "no word after it is one); " + spec.qualifiedName(" ")
                    + " takes " + positionals(spec);
        }
        Matcher found = OPTION_FOUND.matcher(String.valueOf(ex.getMessage()));
        if (ex instanceof CommandLine.MissingParameterException && found.matches()) {
            String option = found.group(1);
            return option + " was given no value: " + quoted(List.of(found.group(2))) + " after it is an option of "
                    + spec.qualifiedName(" ") + " (a value that begins with a dash and names no option, as -v, is "
                    + "taken as it is)";
        }
        if (ex instanceof CommandLine.MissingParameterException && endOfOptions >= 0) {
            return ex.getMessage() + " (words after -- are never an option's value: give it after its option, "
                    + "as --text -v)";
        }
        return ex.getMessage();
    }

    private static boolean afterEndOfOptions(List<String> unmatched, List<String> args, int endOfOptions) {
        List<String> after = args.subList(endOfOptions + 1, args.size());
        return !unmatched.isEmpty() && after.containsAll(unmatched);
    }

    private static String positionals(CommandSpec spec) {
        List<String> labels = spec.positionalParameters().stream().map(p -> p.paramLabel()).toList();
        return labels.isEmpty() ? "no words but its options" : "only " + String.join(" ", labels);
    }

    private static String quoted(List<String> words) {
        return String.join(" ", words.stream().map(w -> "'" + w + "'").toList());
    }
}
