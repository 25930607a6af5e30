import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Build step of the installers (pom.xml, profile dist; docs/install.md step 1): rewrites the jars that go into the
 * package without the class files' debugger tables, which only a debugger reads: local variable names from every
 * class, and line numbers from the libraries' classes. Parallax's own classes keep their line numbers, so a stack
 * trace in the log still names the line in Parallax; library frames read "Unknown Source", as the JDK's and JavaFX's
 * do in the jlinked runtime. The bytecode, its stack maps and everything else in the jars stay as they were (but for
 * class files older than Java 6, below); the AOT cache then holds the smaller classes too (docs/performance.md,
 * "Session 10").
 *
 * <p>Usage: StripDebugAttributes FOLDER KEEP_LINES_JAR_NAME — each jar in FOLDER is rewritten in place, whole or not
 * at all (a failure leaves it as it was and fails the build).
 */
public final class StripDebugAttributes {
    private StripDebugAttributes() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: StripDebugAttributes FOLDER KEEP_LINES_JAR_NAME");
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        long before = 0;
        long after = 0;
        // the jars' classes, for the stack maps of old class files (below), whose frames name common superclasses
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = jars.get(i).toUri().toURL();
        }
        try (URLClassLoader hierarchy = new URLClassLoader(urls, StripDebugAttributes.class.getClassLoader())) {
            for (Path jar : jars) {
                before += Files.size(jar);
                rewrite(jar, jar.getFileName().toString().equals(args[1]), hierarchy);
                after += Files.size(jar);
            }
        }
        System.out.printf("strip-debug-attributes: %d jars, %.1f MiB before, %.1f MiB after%n",
                jars.size(), before / 1048576.0, after / 1048576.0);
    }

    private static void rewrite(Path jar, boolean keepLines, ClassLoader hierarchy) throws IOException {
        Path partial = jar.resolveSibling(jar.getFileName() + ".partial");
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
            out.setLevel(9);
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                // a signed jar's digests would no longer match its classes
                if (name.startsWith("META-INF/") && (name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".EC"))) {
                    throw new IOException(jar + " is signed: its classes cannot be rewritten");
                }
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
                    bytes = withoutDebugTables(bytes, keepLines, hierarchy);
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The class without local variable tables (and line numbers unless kept); a new constant pool drops their names.
     * A class file older than Java 6 (picocli's are Java 5) is written as Java 8 with stack maps computed: the JVM does
     * not put old class files in the AOT cache or class-data sharing archive once linked, nor the classes whose
     * verification depends on them, so every command loaded about 200 classes from the jars (docs/performance.md,
     * "Session 11: the installed size").
     */
    static byte[] withoutDebugTables(byte[] bytes, boolean keepLines, ClassLoader hierarchy) {
        ClassReader reader = new ClassReader(bytes);
        boolean old = reader.readUnsignedShort(6) < Opcodes.V1_6;
        ClassWriter writer = old ? new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return hierarchy;
            }
        } : new ClassWriter(0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(old ? Opcodes.V1_8 : version, access, name, signature, superName, interfaces);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public void visitLocalVariable(String variable, String type, String typeSignature, Label start,
                            Label end, int index) {
                    }

                    @Override
                    public void visitLineNumber(int line, Label start) {
                        if (keepLines) {
                            super.visitLineNumber(line, start);
                        }
                    }
                };
            }
        }, old ? ClassReader.SKIP_FRAMES : 0);
        return writer.toByteArray();
    }
}
