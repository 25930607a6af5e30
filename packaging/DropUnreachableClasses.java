import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * Build step of the installers (pom.xml, profile dist; docs/install.md step 1): rewrites the libraries named on the
 * command line without the classes no code in the package can reach. Parallax uses a few parts of some large
 * libraries (two of lucene-analysis-common's thirty-odd languages, the zip format of commons-compress); the rest is
 * installed size and nothing else.
 *
 * <p>Reachable: every class of the jars that are not trimmed (Parallax's own and every other library, whole), then
 * every class a reachable class names: in its constant pool, its descriptors and signatures, and in string constants
 * that spell a class name of a trimmed jar (a {@code Class.forName} in the library itself). A trimmed jar keeps its
 * resources in the packages where it keeps a class (a stop-word list beside its analyser), its META-INF files, and
 * its service files with only the kept providers: Java's ServiceLoader fails on a provider it cannot load, and a
 * library that looks its services up by name (Lucene's analysis factories) then finds only what stays. Its
 * module-info goes too: the jars run on the class path, where it is not read, and it names every provider.
 *
 * <p>Usage: DropUnreachableClasses FOLDER ADDONS_FOLDER JAR_NAME_PREFIX... — each jar of FOLDER whose name starts with a
 * prefix is rewritten in place, whole or not at all; a prefix that matches no jar fails the build (a renamed
 * library). The jars of ADDONS_FOLDER (the semantic add-on's, which run on the same class path) count as roots too.
 */
public final class DropUnreachableClasses {
    private static final String SERVICES = "META-INF/services/";

    private DropUnreachableClasses() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: DropUnreachableClasses FOLDER ADDONS_FOLDER JAR_NAME_PREFIX...");
        }
        List<Path> jars = new ArrayList<>(jarsIn(Path.of(args[0])));
        List<Path> addons = jarsIn(Path.of(args[1]));
        if (addons.isEmpty()) {
            throw new IOException("drop-unreachable-classes: no add-on jars in " + args[1]);
        }
        List<Path> trimmed = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String prefix = args[i];
            List<Path> named = jars.stream().filter(j -> j.getFileName().toString().startsWith(prefix)).toList();
            if (named.size() != 1) {
                throw new IOException("drop-unreachable-classes: " + named.size() + " jars named " + prefix + "* in " + args[0]);
            }
            trimmed.add(named.get(0));
        }
        jars.addAll(addons);
        // class name -> its bytes, for the trimmed jars; the other jars' classes are the roots
        Map<String, List<byte[]>> candidates = new HashMap<>();
        Deque<byte[]> pending = new ArrayDeque<>();
        Set<String> providersElsewhere = new HashSet<>();  // named in the service files of the other jars
        for (Path jar : jars) {
            boolean trim = trimmed.contains(jar);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                    ZipEntry entry = entries.nextElement();
                    String name = className(entry.getName());
                    boolean service = !trim && entry.getName().startsWith(SERVICES) && !entry.isDirectory();
                    if (name == null && !service) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream data = zip.getInputStream(entry)) {
                        bytes = data.readAllBytes();
                    }
                    if (service) {
                        providersElsewhere.addAll(providers(bytes));
                        continue;
                    }
                    if (trim) {
                        candidates.computeIfAbsent(name, n -> new ArrayList<>()).add(bytes);
                    } else {
                        pending.add(bytes);
                    }
                }
            }
        }
        Set<String> kept = new HashSet<>();
        for (String provider : providersElsewhere) {
            if (candidates.containsKey(provider) && kept.add(provider)) {
                pending.addAll(candidates.get(provider));
            }
        }
        while (!pending.isEmpty()) {
            for (String named : namedClasses(pending.pop(), candidates.keySet())) {
                if (candidates.containsKey(named) && kept.add(named)) {
                    pending.addAll(candidates.get(named));  // a multi-release jar's versions of it, each
                }
            }
        }
        long before = 0;
        long after = 0;
        for (Path jar : trimmed) {
            before += Files.size(jar);
            rewrite(jar, kept);
            after += Files.size(jar);
        }
        System.out.printf("drop-unreachable-classes: %d jars, %.2f MiB before, %.2f MiB after%n",
                trimmed.size(), before / 1048576.0, after / 1048576.0);
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** The internal name of a class file's class (a multi-release jar's versions count as the class), else null. */
    static String className(String entry) {
        if (!entry.endsWith(".class") || entry.endsWith("module-info.class")) {
            return null;
        }
        String name = entry.substring(0, entry.length() - ".class".length());
        if (name.startsWith("META-INF/versions/")) {
            int slash = name.indexOf('/', "META-INF/versions/".length());
            name = slash < 0 ? null : name.substring(slash + 1);
        }
        return name;
    }

    /** The internal names a class file names: types of its constant pool and descriptors, class-like strings. */
    static Set<String> namedClasses(byte[] bytes, Set<String> knownNames) {
        Set<String> named = new HashSet<>();
        Remapper recorder = new Remapper() {
            @Override
            public String map(String internalName) {
                named.add(internalName);
                return internalName;
            }

            @Override
            public Object mapValue(Object value) {
                if (value instanceof String text) {
                    String internal = text.replace('.', '/');
                    if (knownNames.contains(internal)) {
                        named.add(internal);
                    }
                }
                return super.mapValue(value);
            }
        };
        ClassVisitor sink = new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                };
            }
        };
        new ClassReader(bytes).accept(new ClassRemapper(sink, recorder), 0);
        return named;
    }

    private static void rewrite(Path jar, Set<String> kept) throws IOException {
        Path partial = jar.resolveSibling(jar.getFileName() + ".partial");
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
            out.setLevel(9);
            Set<String> keptPackages = new HashSet<>();
            for (String name : kept) {
                keptPackages.add(name.substring(0, Math.max(0, name.lastIndexOf('/'))));
            }
            Map<String, byte[]> entries = new LinkedHashMap<>();
            for (Enumeration<? extends ZipEntry> all = in.entries(); all.hasMoreElements();) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                if (name.endsWith("module-info.class")) {
                    continue;
                }
                String className = className(name);
                if (className != null) {
                    if (!kept.contains(className)) {
                        continue;
                    }
                } else if (name.startsWith(SERVICES) && !entry.isDirectory()) {
                    bytes = keptProviders(bytes, kept);
                    if (bytes == null) {
                        continue;
                    }
                } else if (!name.startsWith("META-INF/") && !entry.isDirectory()
                        && !keptPackages.contains(name.substring(0, Math.max(0, name.lastIndexOf('/'))))) {
                    continue;  // a resource of a package whose classes all went
                } else if (entry.isDirectory()) {
                    continue;
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

    /** A service file with only the providers kept (comments and blank lines go), or null if none is. */
    static byte[] keptProviders(byte[] serviceFile, Set<String> kept) {
        StringBuilder out = new StringBuilder();
        for (String provider : providers(serviceFile)) {
            if (kept.contains(provider)) {
                out.append(provider.replace('/', '.')).append('\n');
            }
        }
        return out.length() == 0 ? null : out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The providers a service file names, as internal names. */
    static List<String> providers(byte[] serviceFile) {
        List<String> providers = new ArrayList<>();
        for (String line : new String(serviceFile, StandardCharsets.UTF_8).split("\r?\n")) {
            int hash = line.indexOf('#');
            String provider = (hash < 0 ? line : line.substring(0, hash)).trim();
            if (!provider.isEmpty()) {
                providers.add(provider.replace('.', '/'));
            }
        }
        return providers;
    }
}
