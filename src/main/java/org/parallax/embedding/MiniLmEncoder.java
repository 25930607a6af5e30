package org.parallax.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.parallax.model.KilledWriters;
import org.parallax.model.ParallaxException;

/**
 * The add-on's model behind {@link SentenceEmbedder}; the only class that names the add-on's types, so it is loaded
 * only once the add-on is known to be installed.
 */
final class MiniLmEncoder {
    private static final System.Logger LOG = System.getLogger(MiniLmEncoder.class.getName());
    private static final int DIMENSION = 384;
    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private MiniLmEncoder(AllMiniLmL6V2QuantizedEmbeddingModel model) {
        this.model = model;
    }

    static MiniLmEncoder load() {
        // DJL (the tokenizer's library) would otherwise ask the cloud's metadata address whether it runs there and
        // report its use ("telemetry"), and download a missing native library: offline mode turns both off.
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        try {
            // the tokenizer's native library goes into a folder of this process, not into ~/.djl.ai for good
            // (ONNX Runtime unpacks its own into a temporary folder it removes on exit)
            if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
                Path cache = KilledWriters.newFolder("parallax-semantic-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(cache), "parallax-semantic-cleanup"));
                System.setProperty("DJL_CACHE_DIR", cache.toString());
            }
            long start = System.nanoTime();
            // the texts are embedded one by one on the caller's threads (SentenceEmbedder), not on a pool of its own
            AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
            LOG.log(System.Logger.Level.INFO, "Semantic method: model " + SentenceEmbedder.MODEL + " loaded in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            return new MiniLmEncoder(model);
        } catch (IOException | RuntimeException | LinkageError | AssertionError e) {
            // DJL reports a damaged add-on (e.g. a jar without its native library) with an AssertionError
            LOG.log(System.Logger.Level.ERROR, "Semantic method: the embedding model could not be loaded", e);
            throw new ParallaxException("The semantic method could not start its embedding model ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); see the log", e);
        }
    }

    float[] embed(String text) {
        if (text.isBlank()) {
            return new float[DIMENSION];
        }
        try {
            return model.embed(TextSegment.from(text)).content().vector();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Semantic method: a text could not be embedded", e);
            throw new ParallaxException("The semantic method's model failed on a passage of " + text.length()
                    + " characters (" + e.getClass().getSimpleName() + "); see the log", e);
        }
    }

    int dimension() {
        return DIMENSION;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the system cleans it
        }
    }
}
