import { expect } from "@playwright/test";
import { PASSWORD } from "./support/accounts";
import { setUpExercise, test, uniqueHandle } from "./support/classroom";

test("the teacher renames the class and makes a new join code, after which the old code no longer works", async ({ classroom }) => {
  const { teacher, klass, assignment } = await setUpExercise(classroom);
  const page = await classroom.pageAs(teacher);
  await page.goto("/classes");
  await page.getByRole("link", { name: klass.name }).click();

  const settings = page.getByRole("region", { name: "Class settings" });
  const newName = `Media studies, period 4 ${uniqueHandle("p4")}`;
  await settings.getByLabel("Name", { exact: true }).fill(newName);
  await settings.getByRole("button", { name: "Rename" }).click();
  await expect(settings.getByRole("status").filter({ hasText: "Class renamed." })).toBeVisible();
  await expect(page.getByRole("heading", { name: newName, level: 1 })).toBeVisible();

  const code = settings.getByRole("code");
  await expect(code).toHaveText(klass.joinCode);
  await settings.getByRole("button", { name: "Make a new code" }).click();
  await expect(code).not.toHaveText(klass.joinCode);
  // Said out loud too, not only changed on screen.
  await expect(settings.getByRole("status").filter({ hasText: "The old one no longer works." })).toContainText("New join code:");
  const newCode = (await code.textContent())!;
  await page.goto("/classes");
  await expect(page.getByRole("listitem").filter({ hasText: newName })).toContainText(`join code ${newCode}`);

  // A student with the old code is turned away; the new one lets them in.
  const visitor = await classroom.anonymousPage();
  await visitor.goto(`/join?code=${klass.joinCode}`);
  await visitor.getByLabel("Your name").fill("Nadia Haddad");
  const handle = uniqueHandle("nadia");
  await visitor.getByLabel("Email or a username").fill(handle);
  await visitor.getByLabel("Password (at least 10 characters)").fill(PASSWORD);
  await visitor.getByRole("button", { name: "Create account and join" }).click();
  await expect(visitor.getByRole("main").getByRole("alert")).toHaveText("A class with that code was not found. A class code is 6 letters and digits, like K7MQ3P. Check it with your teacher.");
  await expect(visitor).toHaveURL(/\/join/);
  // What was typed is kept, the password too, so only the code needs fixing; the field says what a code looks like.
  await expect(visitor.getByLabel("Class code")).toHaveValue(klass.joinCode);
  await expect(visitor.getByLabel("Class code")).toHaveAccessibleDescription("A class code is 6 letters and digits, like K7MQ3P.");
  await expect(visitor.getByLabel("Your name")).toHaveValue("Nadia Haddad");
  await expect(visitor.getByLabel("Email or a username")).toHaveValue(handle);
  await expect(visitor.getByLabel("Password (at least 10 characters)")).toHaveValue(PASSWORD);
  await visitor.getByLabel("Class code").fill(newCode);
  await visitor.getByRole("button", { name: "Create account and join" }).click();
  await expect(visitor).toHaveURL(/\/assignments$/);
  await expect(visitor.getByRole("link", { name: assignment.title })).toBeVisible();
});

test("the teacher resets a student's password, and the student signs in with it and must choose a new one", async ({ classroom }) => {
  const { teacher, klass } = await setUpExercise(classroom);
  const student = await classroom.joinAsStudent(klass.joinCode, "Maya Chen");
  const page = await classroom.pageAs(teacher);
  await page.goto(`/classes/${klass.id}`);

  const roster = page.getByRole("region", { name: "Students (1)" });
  await expect(roster.getByRole("row", { name: new RegExp(`Maya Chen ${student.identifier}`) })).toBeVisible();
  await roster.getByRole("button", { name: "Reset password for Maya Chen" }).click();
  const shown = roster.getByText(/^Temporary password for Maya Chen: \S+ — they choose a new one when they sign in\. It works for 24 hours and is shown only now\.$/);
  await expect(shown).toBeVisible();
  const temporaryPassword = /: (\S+) —/.exec((await shown.textContent())!)![1]!;

  const studentPage = await classroom.anonymousPage();
  await studentPage.goto("/signin");
  await studentPage.getByLabel("Email or username").fill(student.identifier);
  await studentPage.getByLabel("Password").fill(temporaryPassword);
  await studentPage.getByRole("button", { name: "Sign in" }).click();
  await expect(studentPage).toHaveURL(/\/account\/password/);
  await expect(studentPage.getByRole("heading", { name: "Change your password", level: 1 })).toBeVisible();
  await expect(studentPage.getByRole("status").filter({ hasText: "Your teacher reset" })).toHaveText("Your teacher reset your password. Enter the temporary password they gave you, then choose your own.");
  // Nothing else opens until the password is changed.
  await studentPage.goto("/assignments");
  await expect(studentPage).toHaveURL(/\/account\/password/);

  const newPassword = `${PASSWORD}-mine`;
  await studentPage.getByLabel("Temporary password").fill(temporaryPassword);
  await studentPage.getByLabel("New password (at least 10 characters)").fill(newPassword);
  await studentPage.getByLabel("New password again").fill(newPassword);
  await studentPage.getByRole("button", { name: "Change password" }).click();
  await expect(studentPage).toHaveURL(/\/assignments$/);
  await expect(studentPage.getByRole("heading", { name: "Assignments", level: 1 })).toBeVisible();

  // The old password no longer works; the new one does.
  await studentPage.getByRole("button", { name: "Sign out" }).click();
  await studentPage.getByLabel("Email or username").fill(student.identifier);
  await studentPage.getByLabel("Password").fill(PASSWORD);
  await studentPage.getByRole("button", { name: "Sign in" }).click();
  await expect(studentPage.getByRole("main").getByRole("alert")).toHaveText("That email or username and password do not match an account.");
  await studentPage.getByLabel("Password").fill(newPassword);
  await studentPage.getByRole("button", { name: "Sign in" }).click();
  await expect(studentPage).toHaveURL(/\/assignments$/);
});

test("for a student who signed up with an email address, the roster says to use 'Forgot your password?' instead of offering a reset", async ({ classroom }) => {
  const { teacher, klass } = await setUpExercise(classroom);
  await classroom.joinAsStudent(klass.joinCode, "Maya Chen");
  await classroom.joinAsStudent(klass.joinCode, "Owen Price", { withEmail: true });
  const page = await classroom.pageAs(teacher);
  await page.goto(`/classes/${klass.id}`);
  const roster = page.getByRole("region", { name: "Students (2)" });
  const owen = roster.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Owen Price" }) });
  await expect(owen).toContainText('This student signed up with an email address: ask them to use "Forgot your password?" on the sign-in page.');
  await expect(owen.getByRole("button", { name: /Reset password/ })).toHaveCount(0);
  await expect(roster.getByRole("button", { name: "Reset password for Maya Chen" })).toBeVisible();
});

test("the teacher removes a student after confirming, and that student no longer sees the class's assignment", async ({ classroom }) => {
  const { teacher, klass, assignment } = await setUpExercise(classroom);
  const staying = await classroom.joinAsStudent(klass.joinCode, "Maya Chen");
  const leaving = await classroom.joinAsStudent(klass.joinCode, "Owen Price");
  const leavingPage = await classroom.pageAs(leaving);
  await leavingPage.goto("/assignments");
  await expect(leavingPage.getByRole("link", { name: assignment.title })).toBeVisible();

  const page = await classroom.pageAs(teacher);
  await page.goto(`/classes/${klass.id}`);
  const roster = page.getByRole("region", { name: /^Students/ });
  await expect(roster.getByRole("heading")).toHaveText("Students (2)");
  const owen = roster.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Owen Price" }) });
  await owen.getByRole("button", { name: "Remove Owen Price" }).click();
  await expect(owen).toContainText("Remove Owen Price?");
  // Cancelling changes nothing.
  await owen.getByRole("button", { name: "Cancel" }).click();
  await owen.getByRole("button", { name: "Remove Owen Price" }).click();
  await owen.getByRole("button", { name: "Yes, remove" }).click();
  await expect(roster.getByText("Owen Price was removed from the class.")).toBeVisible();
  await expect(roster.getByRole("heading")).toHaveText("Students (1)");
  await expect(roster.getByRole("rowheader")).toHaveText(["Maya Chen"]);

  await leavingPage.reload();
  await expect(leavingPage.getByText("You have no assignments yet.")).toBeVisible();
  await expect(leavingPage.getByRole("link", { name: assignment.title })).toHaveCount(0);
  await leavingPage.goto(`/assignments/${assignment.id}`);
  await expect(leavingPage.getByRole("heading", { name: "Not found", level: 1 })).toBeVisible();

  // The student who stays still has it.
  const stayingPage = await classroom.pageAs(staying);
  await stayingPage.goto("/assignments");
  await expect(stayingPage.getByRole("link", { name: assignment.title })).toBeVisible();
});
