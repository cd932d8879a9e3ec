package dev.casus.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of everything the generators draw for one seed; run as a program in a fresh JVM by
 * {@link DeterminismTest} to show that values do not depend on the JVM instance.
 */
final class Fingerprint {

  private Fingerprint() {}

  static String of(long seed) {
    CasusGenerators g = CasusGenerators.withSeed(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      b.append(g.estimate()).append(g.edtfTime()).append(g.geoPoint()).append(g.location());
      b.append(g.name()).append(g.externalId()).append(g.text()).append(g.actorId());
      b.append(g.source()).append(g.actor()).append(g.territory()).append(g.incident());
      b.append(g.statement()).append(g.casualtyReport()).append(g.feedHeader());
    }
    b.append(g.feed(FeedSize.SMALL)).append(g.feed(FeedSize.MEDIUM)).append(g.feed(50));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void main(String[] args) {
    System.out.println(of(Long.parseLong(args[0])));
  }
}
