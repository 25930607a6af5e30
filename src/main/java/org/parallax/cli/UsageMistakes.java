package org.parallax.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The line for a command line picocli cannot read, in the words of what went wrong. A word after {@code --}
 * was called an "Unknown option" though {@code --} had just said it is none, and a value that begins with a dash
 * ({@code --text -- -v}) was "Missing required option", and {@code --text --help} "Expected parameter for option
 * '--text' but found '--help'", and no text could be an option's name: each now says what the word was taken as and
 * how a dashed value is given, and a value joined to its option ({@code --text=--help}) is taken as it is. The line
 * ends by naming the command's help, in place of the whole usage picocli printed after it, under which a missing
 * argument's one line scrolled away; an unknown option's suggestions ("Possible solutions") stay.
 */
final class UsageMistakes implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(line(ex, Arrays.asList(args)) + "; see " + cli.getCommandSpec().qualifiedName(" ") + " --help");
        UnmatchedArgumentException.printSuggestions(ex, err);
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
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()) {
            return "Too many words: " + quoted(unmatched.getUnmatched()) + "; " + spec.qualifiedName(" ") + " takes "
                    + positionals(spec);
        }
        Optional<String> optionAsValue = optionGivenAsValue(spec, args);
        if (optionAsValue.isPresent()) {
            return optionAsValue.get();
        }
        if (ex instanceof CommandLine.MissingParameterException && endOfOptions >= 0) {
            return ex.getMessage() + " (words after -- are never an option's value: give it after its option, "
                    + "as --text -v)";
        }
        return ex.getMessage();
    }

    /**
     * An option followed by a word of its own that is another of the command's options ({@code --text --help},
     * {@code --text --project}): taken as its value, a forgotten value would go unnoticed, so it is refused, saying
     * how a value that is an option's name is given: joined to its option with {@code =} ({@code --text=--help}),
     * which picocli takes as it is ({@link CommandLine#setAllowOptionsAsOptionParameters}).
     */
    static Optional<String> optionGivenAsValue(CommandSpec spec, List<String> args) {
        int end = args.indexOf("--") < 0 ? args.size() : args.indexOf("--");
        for (int i = 0; i + 1 < end; i++) {
            // findOption also takes a name without its dashes ("actor" for --actor): only dashed words are options
            CommandLine.Model.OptionSpec option = args.get(i).startsWith("-") ? spec.findOption(args.get(i)) : null;
            if (option != null && option.arity().min() >= 1 && args.get(i + 1).startsWith("-")
                    && spec.findOption(args.get(i + 1)) != null) {
                String value = args.get(i + 1);
                return Optional.of(args.get(i) + " was given no value: " + quoted(List.of(value)) + " after it is an "
                        + "option of " + spec.qualifiedName(" ") + "; a value that is an option's name is joined to "
                        + "its option with =, as " + args.get(i) + "=" + value + " (one that begins with a dash and "
                        + "names no option, as -v, is taken as it is)");
            }
        }
        return Optional.empty();
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
