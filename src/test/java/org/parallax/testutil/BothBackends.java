package org.parallax.testutil;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * A test that runs twice: once on a SQLite project file and once on a team project in a fresh schema of the
 * PostgreSQL test server. The test method and its {@code @BeforeEach} methods take a {@link Backend} parameter and
 * make their projects with it. The PostgreSQL run is skipped, saying why, when no test server is configured, and
 * fails under CI=true ({@link TestServer#adminUrl()}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothBackends.Runs.class)
public @interface BothBackends {
    /** The two runs of each test, each handing its backend to the test's parameters. */
    final class Runs implements TestTemplateInvocationContextProvider {
        @Override
        public boolean supportsTestTemplate(ExtensionContext context) {
            return true;
        }

        @Override
        public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
            return Arrays.stream(Backend.values()).map(Run::new);
        }
    }

    /** One run: the display name says which backend, and a {@link Backend} parameter receives it. */
    record Run(Backend backend) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + backend + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new ParameterResolver() {
                @Override
                public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
                    return parameter.getParameter().getType() == Backend.class;
                }

                @Override
                public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
                    return backend;
                }
            }, (BeforeEachCallback) context -> {
                if (backend == Backend.POSTGRESQL) {
                    // Skips the run without a server (fails under CI=true), before the test makes any project.
                    TestServer.adminUrl();
                }
            });
        }
    }
}
