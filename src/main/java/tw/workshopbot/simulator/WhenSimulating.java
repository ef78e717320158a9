package tw.workshopbot.simulator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Registers a bean only while the simulator runs ({@link SimulatorEnvironment}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@ConditionalOnProperty(name = SimulatorEnvironment.ACTIVE, havingValue = "true")
@interface WhenSimulating {

}
