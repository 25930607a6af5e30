package org.parallax.cli;

import org.parallax.workbench.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** `parallax --version`: the version and commit recorded at build time. */
final class BuildVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {BuildInfo.current().describe()};
    }
}
