package org.parallax.embedding;

import java.util.List;
import java.util.stream.IntStream;
import org.parallax.model.ParallaxException;

/**
 * Sentence embeddings for the assistant's semantic method: the all-MiniLM-L6-v2 model (quantised) run in this
 * process on ONNX Runtime. The model and its runtime come from the optional add-on parallax-semantic, not from the
 * main package: {@link #installed()} says whether their classes are on the class path, and nothing of them is
 * loaded (no native library unpacked) until {@link #shared()} is first called. Nothing is downloaded and nothing
 * leaves the machine (docs/assistant.md).
 */
public final class SentenceEmbedder {
    /** The model's class, looked for (not loaded) to tell whether the add-on is installed. */
    static final String MODEL_CLASS =
            "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel";
    /** The model's name as provenance records and the methods paragraph give it. */
    public static final String MODEL = "all-MiniLM-L6-v2-q";
    /**
     * Characters of a unit that are embedded: the model reads at most 256 word pieces well (about 1,000 characters
     * of English), so a longer unit is judged by its beginning, and a hostile 1 MB "sentence" costs no more than one
     * of 2,000 characters.
     */
    public static final int MAX_CHARS = 2_000;
    /** What the command line and the window say when the method is asked for without the add-on. */
    public static final String NOT_INSTALLED = "The semantic method is an add-on: install parallax-semantic "
            + "(docs/assistant.md, \"The semantic method\"); using the lexical method (knn) instead.";

    private static SentenceEmbedder shared;
    private final MiniLmEncoder encoder;

    private SentenceEmbedder(MiniLmEncoder encoder) {
        this.encoder = encoder;
    }

    /** Whether the add-on's classes are on the class path (cheap: loads nothing). */
    public static boolean installed() {
        try {
            Class.forName(MODEL_CLASS, false, SentenceEmbedder.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The embedder of this process, loaded on first use (a few seconds: the model is read and ONNX Runtime's and the
     * tokenizer's native libraries are unpacked into a temporary folder that is removed on exit).
     */
    public static synchronized SentenceEmbedder shared() {
        if (!installed()) {
            throw new ParallaxException(NOT_INSTALLED);
        }
        if (shared == null) {
            shared = new SentenceEmbedder(MiniLmEncoder.load());
        }
        return shared;
    }

    /** Vectors of the model's dimension, each of length 1 (a blank text gets the zero vector); in text order. */
    public float[][] embed(List<String> texts) {
        // each text is embedded on its own, so the result does not depend on how the work is shared out
        return IntStream.range(0, texts.size()).parallel()
                .mapToObj(i -> unit(encoder.embed(clip(texts.get(i))))).toArray(float[][]::new);
    }

    /** Length of the vectors. */
    public int dimension() {
        return encoder.dimension();
    }

    private float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = vector[i] * scale;
        }
        return out;
    }

    /** The first {@link #MAX_CHARS} characters, never splitting a surrogate pair. */
    static String clip(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end);
    }
}
