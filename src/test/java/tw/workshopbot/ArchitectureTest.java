package tw.workshopbot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.core.StringRedisTemplate;

import tw.workshopbot.chat.Commanded;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the features' packages apart and the LINE SDK at the edge. */
class ArchitectureTest {

	private static final JavaClasses SERVICE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("tw.workshopbot");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("tw.workshopbot.(*)..").should().beFreeOfCycles().check(SERVICE);
	}

	@Test
	void onlyTheLinePackageKnowsTheLineSdk() {
		noClasses().that()
			.resideOutsideOfPackage("tw.workshopbot.line..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.linecorp.bot..")
			.check(SERVICE);
	}

	@Test
	void chatEventsAndMessagesAreFreeOfInfrastructure() {
		noClasses().that()
			.resideInAPackage("tw.workshopbot.chat..")
			.and()
			.haveSimpleNameNotEndingWith("Followers")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.data.redis..", "jakarta.servlet..", "tw.workshopbot.inbox..",
					"tw.workshopbot.line..")
			.check(SERVICE);
	}

	@Test
	void privacyDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("tw.workshopbot.privacy..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("tw.workshopbot.chat..", "tw.workshopbot.inbox..", "tw.workshopbot.line..",
					"tw.workshopbot.group..", "tw.workshopbot.admin..")
			.check(SERVICE);
	}

	@Test
	void formValuesDependOnNothingButTheJdkAndMessageResolution() {
		noClasses().that()
			.resideInAPackage("tw.workshopbot.form..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("tw.workshopbot.form..", "java..", "org.springframework.context..")
			.check(SERVICE);
	}

	@Test
	void nothingOutsideTheSimulatorKnowsItExists() {
		noClasses().that()
			.resideOutsideOfPackage("tw.workshopbot.simulator..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("tw.workshopbot.simulator..")
			.check(SERVICE);
	}

	@Test
	void noChatFeatureHoldsRedisItself() {
		// What a feature keeps between messages is the person's dialog, stored by the
		// router; anything else lives in a store named for its role.
		noClasses().that()
			.implement(Commanded.class)
			.or()
			.haveSimpleNameEndingWith("Chat")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(StringRedisTemplate.class)
			.check(SERVICE);
	}

	@Test
	void noFeatureKnowsTheDialogItIsPartOf() {
		noClasses().that()
			.resideOutsideOfPackage("tw.workshopbot.dialog..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("tw.workshopbot.dialog..")
			.check(SERVICE);
	}

}
