package org.parallax.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationAdapter;
import org.testfx.framework.junit5.ApplicationFixture;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens a {@link RobotWindow} test's window before each test as TestFX's ApplicationExtension does, but through
 * {@link RobotWindow#open}: ApplicationExtension looks for a {@code @Start} method only in the test class itself, so
 * every robot test repeated one that called {@code open}. The tests' {@link FxRobot} parameter is this extension.
 */
final class RobotWindowExtension extends FxRobot implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private Application application;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        RobotWindow test = (RobotWindow) context.getRequiredTestInstance();
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(() -> new ApplicationAdapter(new ApplicationFixture() {
            @Override
            public void init() {
            }

            @Override
            public void start(Stage stage) throws Exception {
                test.open(stage);
            }

            @Override
            public void stop() {
            }
        }));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        FxToolkit.cleanupAfterTest(this, application);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return FxRobot.class.isAssignableFrom(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return this;
    }
}
