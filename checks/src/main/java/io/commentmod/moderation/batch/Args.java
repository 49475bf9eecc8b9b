package io.commentmod.moderation.batch;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} and {@code --flag} options after the command word; unknown options are errors. */
final class Args {
  private final Map<String, String> values = new HashMap<>();

  Args(String[] args, int from, Set<String> withValue, Set<String> flags) {
    for (int i = from; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) throw new UsageException("unexpected argument: " + a);
      String name = a.substring(2);
      int eq = name.indexOf('=');
      if (eq > 0) {
        values.put(name.substring(0, eq), name.substring(eq + 1));
        name = name.substring(0, eq);
        if (!withValue.contains(name)) throw new UsageException("unknown option --" + name);
      } else if (flags.contains(name)) {
        values.put(name, "true");
      } else if (withValue.contains(name)) {
        if (i + 1 >= args.length) throw new UsageException("--" + name + " needs a value");
        values.put(name, args[++i]);
      } else {
        throw new UsageException("unknown option --" + name);
      }
    }
  }

  String get(String name, String dflt) {
    return values.getOrDefault(name, dflt);
  }

  String required(String name) {
    String v = values.get(name);
    if (v == null) throw new UsageException("--" + name + " is required");
    return v;
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }

  static final class UsageException extends RuntimeException {
    UsageException(String m) {
      super(m);
    }
  }
}
