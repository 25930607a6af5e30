package org.parallax.testutil;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that needs the PostgreSQL test server ({@link TestServer}): skipped, with the reason in the
 * report, when none is configured; run (and failing in {@link TestServer#adminUrl()}) under CI=true.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsTestServer.Condition.class)
public @interface NeedsTestServer {
    /** Decides before the class's setup runs, so a skipped class reports why. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (TestServer.configured() || "true".equalsIgnoreCase(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("PostgreSQL test server configured (or CI=true)");
            }
            return ConditionEvaluationResult.disabled(TestServer.MISSING);
        }
    }
}
