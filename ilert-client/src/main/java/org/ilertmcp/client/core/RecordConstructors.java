package org.ilertmcp.client.core;

import java.lang.reflect.Constructor;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;

/**
 * Calls a record's canonical constructor through {@link Constructor#newInstance}. Jackson 3 calls
 * it with {@code MethodHandle.invokeWithArguments}, which on Java 17 builds a new argument spreader
 * on every call: in a profile of the server under load that was the largest single cost of reading
 * an ilert answer, paid once per alert, source and policy. Everything else (which constructor, the
 * arguments, defaults for missing ones, error reporting) stays Jackson's.
 */
final class RecordConstructors extends JacksonModule {
  @Override
  public String getModuleName() {
    return "record-constructors";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addValueInstantiators(
        new ValueInstantiators() {
          @Override
          public ValueInstantiator findValueInstantiator(
              DeserializationConfig config, BeanDescription.Supplier bean) {
            return null;
          }

          @Override
          public ValueInstantiator modifyValueInstantiator(
              DeserializationConfig config,
              BeanDescription.Supplier bean,
              ValueInstantiator found) {
            return found.getClass() == StdValueInstantiator.class
                    && found.getWithArgsCreator() != null
                    && found.getWithArgsCreator().getAnnotated() instanceof Constructor<?> c
                    && c.getDeclaringClass().isRecord()
                    && c.canAccess(null)
                ? new Direct((StdValueInstantiator) found, c)
                : found;
          }
        });
  }

  /** Jackson's instantiator of one record, but for how it calls the constructor. */
  private static final class Direct extends StdValueInstantiator {
    private final Constructor<?> constructor;

    Direct(StdValueInstantiator jacksons, Constructor<?> constructor) {
      super(jacksons);
      this.constructor = constructor;
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
      try {
        return constructor.newInstance(args);
      } catch (ReflectiveOperationException | IllegalArgumentException e) {
        // as Jackson's own call: what the constructor threw, as a mapping problem
        return ctxt.handleInstantiationProblem(getValueClass(), args, rewrapCtorProblem(ctxt, e));
      }
    }
  }
}
