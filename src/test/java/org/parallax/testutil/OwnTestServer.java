package org.parallax.testutil;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A team test class that stops, restarts or pauses its server works on a PostgreSQL cluster of its own, started for
 * the class and removed after it ({@link OwnCluster}): the shared test server keeps serving every other test that
 * runs meanwhile, in this JVM's later classes or in another build on the machine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@NeedsTestServer
@ExtendWith(OwnCluster.class)
public @interface OwnTestServer {
}
