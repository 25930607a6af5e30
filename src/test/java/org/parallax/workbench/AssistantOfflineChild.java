package org.parallax.workbench;

import java.net.Socket;
import java.net.SocketPermission;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.parallax.model.AssistantMethod;

/**
 * A child JVM for {@link AssistantOfflineTest}: installs a security manager that refuses and counts every
 * network permission (resolving a host name, connecting, listening, accepting) and then trains, evaluates
 * and suggests; prints "network attempts N" and "suggestions M". In mode "semantic" it does the same with the
 * semantic method and prints each suggestion too (so two runs can be compared). In mode "control" it opens a
 * socket itself, to show the guard catches one.
 */
public final class AssistantOfflineChild {
    private AssistantOfflineChild() {
    }

    /** Arguments: project file, coder, mode ("assistant", "semantic" or "control"). */
    @SuppressWarnings("removal")
    public static void main(String[] args) throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission permission) {
                if (permission instanceof SocketPermission) {
                    attempts.incrementAndGet();
                    new Throwable("network permission asked: " + permission).printStackTrace();
                    throw new SecurityException("The assistant must not use the network: " + permission);
                }
            }

            @Override
            public void checkPermission(Permission permission, Object context) {
                checkPermission(permission);
            }
        });
        int suggestions = 0;
        if (args[2].equals("control")) {
            try (Socket socket = new Socket("127.0.0.1", 9)) {
                socket.getInputStream();
            } catch (SecurityException | java.io.IOException e) {
                // counted by the guard
            }
        } else {
            try (Workbench workbench = Workbench.open(Path.of(args[0]))) {
                AssistantSettings settings = AssistantSettings.defaults().withCoder(args[1]);
                if (args[2].equals("semantic")) {
                    settings = settings.withMethod(AssistantMethod.SEMANTIC);
                }
                workbench.assistant().evaluate(settings.withFolds(2));
                List<Suggestion> made = workbench.assistant().suggest(1, settings);
                suggestions = made.size();
                if (args[2].equals("semantic")) {
                    made.forEach(s -> System.out.println("suggestion " + s));
                }
            }
        }
        System.out.println("network attempts " + attempts.get());
        System.out.println("suggestions " + suggestions);
    }
}
