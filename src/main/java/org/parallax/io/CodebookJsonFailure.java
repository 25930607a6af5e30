package org.parallax.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Why a codebook file is not codebook JSON, in the project's words: Jackson's own named its classes and tokens
 * ("Cannot deserialize value of type `org.parallax.io.CodebookJsonDto$CodebookDto` from Array value (token
 * `JsonToken.START_ARRAY`)", "Illegal unquoted character ((CTRL-CHAR, code 0))", "… from
 * `StreamReadConstraints.getMaxStringLength()`)").
 */
final class CodebookJsonFailure {
    private CodebookJsonFailure() {
    }

    static String reason(JsonProcessingException e) {
        String words = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return place(mismatch) + found(mismatch) + " where " + expected(mismatch.getTargetType()) + " belongs";
        }
        if (e instanceof StreamConstraintsException || words.contains("exceeds the maximum allowed")) {
            return words.contains("nesting depth") ? "its lists and objects nest deeper than any codebook's"
                    : words.contains("String value length") ? "a text in it is longer than any codebook's"
                    : "it is larger than any codebook";
        }
        if (words.contains("end-of-input")) {
            return "the file ends in the middle of a value (cut off?)";
        }
        if (words.contains("CTRL-CHAR")) {
            return "a text in it holds a control character, which JSON writes as a \\u escape (\\u0000)";
        }
        if (words.startsWith("Unexpected character") || words.startsWith("Unrecognized token")) {
            return "a character JSON does not allow there (a missing comma or quotation mark?)";
        }
        return "its text is not JSON as a codebook is written";
    }

    /** "frames[0].codes[1].name: " where the value stands, or nothing for the whole file. */
    private static String place(JsonMappingException e) {
        String path = e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
                : "[" + r.getIndex() + "]").collect(Collectors.joining());
        return path.isEmpty() ? "" : path.replaceFirst("^\\.", "") + ": ";
    }

    private static String found(MismatchedInputException e) {
        JsonToken token = e.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
        if (token == null) {
            return "a value";
        }
        return switch (token) {
            case START_ARRAY -> "a list ([…])";
            case START_OBJECT -> "an object ({…})";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "a value";
        };
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list ([…])";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return type == CodebookJsonDto.CodebookDto.class ? "the codebook's object ({…})" : "an object ({…})";
    }
}
