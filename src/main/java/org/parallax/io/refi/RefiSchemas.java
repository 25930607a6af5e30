package org.parallax.io.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Validates project (.qde) and codebook (.qdc) XML against the REFI-QDA 1.0 schemas shipped with Parallax. */
public final class RefiSchemas {
    private static final Schema PROJECT = load("Project.xsd");
    private static final Schema CODEBOOK = load("Codebook.xsd");

    private RefiSchemas() {
    }

    /** Returns the schema violations of a .qde document (empty when valid). */
    public static List<String> validateProject(byte[] xml) {
        return validate(PROJECT, xml);
    }

    /** Returns the schema violations of a .qdc document (empty when valid). */
    public static List<String> validateCodebook(byte[] xml) {
        return validate(CODEBOOK, xml);
    }

    private static List<String> validate(Schema schema, byte[] xml) {
        List<String> problems = new ArrayList<>();
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Collector(problems));
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            problems.add(e.getMessage());
        } catch (IOException e) {
            throw new RefiException("cannot validate XML (" + e.getMessage() + ")", e);
        }
        return problems;
    }

    private static Schema load(String name) {
        URL url = RefiSchemas.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("schema " + name + " missing from the Parallax jar");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("schema " + name + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** Keeps every violation with its line, instead of stopping at the first. */
    private record Collector(List<String> problems) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // Warnings are not violations.
        }

        @Override
        public void error(SAXParseException e) {
            problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }
    }
}
