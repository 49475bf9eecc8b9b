package io.commentmod.site;

import io.commentmod.config.InvalidSettingException;
import io.commentmod.config.Settings;
import java.time.Clock;

/** Wiring only: settings from the environment, then the site until the process is stopped. */
public final class SiteMain {
  private SiteMain() {}

  public static void main(String[] args) {
    SiteConfig config;
    try {
      config = SiteConfig.from(Settings.fromEnv());
    } catch (InvalidSettingException e) {
      System.err.println("site: " + e.getMessage());
      System.exit(2);
      return;
    }
    SiteServer site = new SiteServer(config, Clock.systemUTC()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(site::close, "site-shutdown"));
  }
}
