package org.parallax.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.parallax.io.CodebookJsonDto.AnchorDto;
import org.parallax.io.CodebookJsonDto.CodeDto;
import org.parallax.io.CodebookJsonDto.CodebookDto;
import org.parallax.io.CodebookJsonDto.FrameDto;
import org.parallax.io.CodebookJsonDto.ScenarioDto;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.CodebookDefinition.AnchorExample;
import org.parallax.model.CodebookDefinition.CodeDefinition;
import org.parallax.model.CodebookDefinition.FrameDefinition;
import org.parallax.model.CodebookDefinition.ScenarioDefinition;
import org.parallax.model.Names;
import org.parallax.model.NulCharacters;
import org.parallax.model.ParallaxException;

/** Reads and writes a {@link CodebookDefinition} in the codebook JSON format (docs/codebook-format.md). */
public final class CodebookJson {
    /** The format version this class writes and the newest it reads; version 1 lacks rules and anchors. */
    public static final int FORMAT_VERSION = 2;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private CodebookJson() {
    }

    /** Reads a codebook file, held to the default import limits. */
    public static CodebookDefinition read(Path file) {
        return read(file, ImportLimits.defaults());
    }

    /** Reads a codebook file, held to the limits of the import that asks for it, as its documents are. */
    public static CodebookDefinition read(Path file, ImportLimits limits) {
        DocumentReader.checkNotTooLarge(file, limits);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ParallaxException("Cannot read codebook file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a codebook; {@code source} names the file or resource in error messages. */
    public static CodebookDefinition read(InputStream in, String source) {
        CodebookDto dto;
        try {
            dto = MAPPER.readValue(in, CodebookDto.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ParallaxException("Codebook " + source + ": unknown field '" + e.getPropertyName() + "'"
                    + where(e.getLocation()) + "; check its spelling against docs/codebook-format.md", e);
        } catch (JsonProcessingException e) {
            throw new ParallaxException("Codebook " + source + " is not valid codebook JSON" + where(e.getLocation())
                    + ": " + CodebookJsonFailure.reason(e), e);
        } catch (IOException e) {
            throw new ParallaxException("Cannot read codebook " + source + ": " + e.getMessage(), e);
        }
        if (dto == null) {
            throw new ParallaxException("Codebook " + source + " is empty");
        }
        checkVersion(dto.formatVersion(), source);
        CodebookDefinition definition = toDefinition(dto, source);
        CodebookDefinitionCheck.check(definition, source);
        return definition;
    }

    /** Writes {@code definition} to {@code file}, replacing it only once the new content is complete. */
    public static void write(CodebookDefinition definition, Path file) {
        String json = toJson(definition);
        try {
            AtomicFiles.writeString(file, json);
        } catch (IOException e) {
            throw WriteFailures.of("the codebook", file, e);
        }
    }

    /** The codebook as JSON text, after checking it is valid. */
    public static String toJson(CodebookDefinition definition) {
        CodebookDefinitionCheck.check(definition, definition.name() == null ? "(unnamed)" : "'" + definition.name() + "'");
        try {
            return MAPPER.writeValueAsString(toDto(definition)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Codebook DTOs must always serialise", e);
        }
    }

    private static void checkVersion(Integer version, String source) {
        if (version == null) {
            throw new ParallaxException("Codebook " + source + " has no formatVersion field;"
                    + " is it a Parallax codebook? (expected \"formatVersion\": " + FORMAT_VERSION + ")");
        }
        if (version < 1 || version > FORMAT_VERSION) {
            throw new ParallaxException("Codebook " + source + " has format version " + version
                    + ", but this Parallax reads only versions 1 to " + FORMAT_VERSION);
        }
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static CodebookDefinition toDefinition(CodebookDto dto, String source) {
        return new CodebookDefinition(Names.clean(dto.name()),
                orEmpty(dto.frames()).stream().map(f -> new FrameDefinition(Names.clean(f.name()),
                        text(f.description()), f.color(),
                        orEmpty(f.codes()).stream().map(c -> toDefinition(c, source)).toList())).toList(),
                orEmpty(dto.scenarios()).stream()
                        .map(s -> new ScenarioDefinition(Names.clean(s.name()), text(s.description()))).toList());
    }

    private static CodeDefinition toDefinition(CodeDto dto, String source) {
        return new CodeDefinition(Names.clean(dto.name()), dto.color(), text(dto.definition()),
                dto.shortcut() == null ? 0 : dto.shortcut(),
                orEmpty(dto.expectedScenarios()).stream().map(Names::clean).toList(),
                orEmpty(dto.children()).stream().map(c -> toDefinition(c, source)).toList(),
                text(dto.inclusion()), text(dto.exclusion()),
                orEmpty(dto.anchors()).stream().map(a -> toAnchor(a, dto.name(), source)).toList());
    }

    private static AnchorExample toAnchor(AnchorDto dto, String code, String source) {
        if (dto.quote() == null || dto.quote().isBlank()) {
            throw new ParallaxException("Codebook " + source + ": an anchor example of code '" + code
                    + "' has no quote");
        }
        try {
            return new AnchorExample(Names.clean(dto.document()), dto.date() == null ? null : LocalDate.parse(dto.date()),
                    text(dto.quote()));
        } catch (DateTimeParseException e) {
            throw new ParallaxException("Codebook " + source + ": an anchor example of code '" + code
                    + "' has date '" + dto.date() + "'; expected the form 2002-05-28", e);
        }
    }

    private static CodebookDto toDto(CodebookDefinition definition) {
        return new CodebookDto(FORMAT_VERSION, definition.name(),
                definition.scenarios().stream().map(s -> new ScenarioDto(s.name(), s.description())).toList(),
                definition.frames().stream().map(f -> new FrameDto(f.name(), f.description(), f.color(),
                        f.codes().stream().map(CodebookJson::toDto).toList())).toList());
    }

    private static CodeDto toDto(CodeDefinition code) {
        return new CodeDto(code.name(), code.color(), code.definition(), code.shortcut() == 0 ? null : code.shortcut(),
                code.inclusion(), code.exclusion(), code.expectedScenarios(),
                code.anchors().stream().map(a -> new AnchorDto(a.document(),
                        a.date() == null ? null : a.date().toString(), a.quote())).toList(),
                code.children().stream().map(CodebookJson::toDto).toList());
    }

    /** A definition, rule or description without NUL characters ({@link NulCharacters}). */
    private static String text(String value) {
        return NulCharacters.removed(value);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
