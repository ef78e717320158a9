package tw.workshopbot.line;

import java.time.Clock;

import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParser;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Mounts the webhook at {@code /callback}, beside Spring MVC's dispatcher: an exact
 * servlet mapping wins over the dispatcher's default one.
 */
@Configuration(proxyBeanMethods = false)
class CallbackRegistration {

	static final String PATH = "/callback";

	@Bean
	ServletRegistrationBean<CallbackServlet> callbackServlet(LineSignatureValidator signatures, WebhookParser parser,
			WebhookIntake intake, LineProperties properties, Clock clock) {
		ServletRegistrationBean<CallbackServlet> registration = new ServletRegistrationBean<>(
				new CallbackServlet(signatures, parser, intake, properties, clock), PATH);
		registration.setName("lineCallback");
		registration.setLoadOnStartup(1);
		return registration;
	}

}
