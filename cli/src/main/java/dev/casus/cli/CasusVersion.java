package dev.casus.cli;

import picocli.CommandLine;

/** Prints the version of the Casus command line, from the jar's manifest. */
public final class CasusVersion implements CommandLine.IVersionProvider {

  /** Creates the provider; picocli calls it. */
  public CasusVersion() {}

  @Override
  public String[] getVersion() {
    String version = CasusVersion.class.getPackage().getImplementationVersion();
    return new String[] {"casus " + (version == null ? "(development build)" : version)};
  }
}
