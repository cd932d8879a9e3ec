package dev.casus.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;

/** The version of casus-jackson, as Jackson modules report theirs. */
public final class PackageVersion implements Versioned {

  /** This module's version. */
  public static final Version VERSION =
      VersionUtil.parseVersion("0.1.0-SNAPSHOT", "dev.casus", "casus-jackson");

  /** An instance, for {@link Versioned} lookups. */
  public PackageVersion() {}

  @Override
  public Version version() {
    return VERSION;
  }
}
