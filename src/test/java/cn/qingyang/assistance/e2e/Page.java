package cn.qingyang.assistance.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a user does in Camunda's Tasklist and Cockpit, in their words: log in, start a process,
 * open a task by its name and case, fill a form field by its (Chinese) label, submit, read the
 * error the form shows; a screenshot of every step ({@code NN-step.png}). Explicit waits only.
 */
final class Page implements AutoCloseable {

    /**
     * The form-js field whose own label (without the required asterisk) is the text; an input
     * field rather than a group of the same name (调查结论 is both).
     */
    private static final String FIELD_BY_LABEL = """
            const root = arguments[1] || document;
            const matches = [...root.querySelectorAll('.fjs-form-field')].filter(f => {
              const label = f.querySelector('label.fjs-form-field-label, .fjs-form-field-label');
              if (!label || label.closest('.fjs-form-field') !== f) return false;
              const copy = label.cloneNode(true);
              copy.querySelectorAll('.fjs-asterix').forEach(a => a.remove());
              return copy.textContent.trim() === arguments[0];
            });
            return matches.find(f => !f.classList.contains('fjs-form-field-grouplike')) || matches[0] || null;""";

    final ChromeDriver driver;
    private final int port;
    private final Path screenshots;
    private int step;

    Page(int port, Path screenshots, int firstStep) {
        this.port = port;
        this.screenshots = screenshots;
        this.step = firstStep;
        this.driver = Chromium.start();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waiting(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    <T> T until(String what, int seconds, Function<WebDriver, T> condition) {
        try {
            return waiting(seconds).withMessage(what).until(condition);
        } catch (TimeoutException e) {
            shot("timeout");
            throw e;
        }
    }

    Object script(String js, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(js, arguments);
    }

    /** Logs into a webapp (tasklist, cockpit, admin) as the demo user (password demo). */
    Page login(String webapp, String user) {
        driver.get(url("/camunda/app/" + webapp + "/default/"));
        WebElement name = until("the login form", 60, ExpectedConditions.elementToBeClickable(By.cssSelector("input[type=text]")));
        name.sendKeys(user);
        driver.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        // the brand in the header shows only to a logged-in user
        until("logged in as " + user, 60, ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.navbar-brand")));
        return this;
    }

    /** Saves a screenshot {@code NN-step.png}; answers its path. */
    Path shot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(String.format("%02d-%s.png", ++step, name));
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e);
            return null;
        }
    }

    String text(By by) {
        return driver.findElement(by).getText();
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the page shows the text (anywhere visible). */
    Page waitForText(String text, int seconds) {
        until("the text " + text, seconds, d -> bodyText().contains(text));
        return this;
    }

    WebElement clickable(By by, int seconds) {
        return until(by.toString(), seconds, ExpectedConditions.elementToBeClickable(by));
    }

    /**
     * Clicks the element once it is clickable; an element the page replaced between finding and
     * clicking (Tasklist re-renders while it polls) is found and clicked again.
     */
    void click(By by) {
        until(by.toString(), 30, d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return null;
            }
            press(element);
            return true;
        });
    }

    /** Scrolls the element to the top of the window, for a screenshot of it. */
    void scrollTo(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -60);", element);
    }

    /** Scrolls the element to the middle of the window (clear of Tasklist's fixed footer), then clicks it. */
    void press(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** A link or button with exactly this text, visible. */
    static By linkText(String text) {
        return By.xpath("//*[self::a or self::button][normalize-space()='" + text + "']");
    }

    // ---- Tasklist -------------------------------------------------------------------------

    /** Tasklist: 启动流程, then the process by its name; waits for its start form. */
    Page startProcess(String processName) {
        click(linkText("启动流程"));
        click(By.xpath("//div[contains(@class,'modal-content')]//ul[contains(@class,'processes')]//a[normalize-space()='"
                + processName + "']"));
        until("the start form of " + processName, 30,
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-content .fjs-form")));
        return this;
    }

    /** Tasklist: the 启动 button of the start form dialog. */
    void submitStartForm() {
        click(By.cssSelector(".modal-footer button.btn-primary"));
    }

    /** Tasklist: opens a filter (我的待办, 本乡镇待办, ...) in the left column. */
    Page filter(String name) {
        click(By.xpath("//*[contains(@class,'filters')]//*[self::a or self::span or self::h4]"
                + "[normalize-space(text())='" + name + "' or normalize-space()='" + name + "']"));
        return this;
    }

    /** The task cards in the list, as their visible text (task name, process, case number, person, ...). */
    List<String> taskCards() {
        return driver.findElements(By.cssSelector(".tasks-list li.task")).stream().map(WebElement::getText).toList();
    }

    /**
     * Tasklist: waits until the filter's list shows the task of the case (reopening the filter,
     * as a user presses it again, while the engine is still working), then opens it and waits
     * for its form.
     */
    Page openTask(String filter, String taskName, String caseNumber) {
        By card = By.xpath("//*[contains(@class,'tasks-list')]//li[contains(@class,'task')][.//h4[normalize-space()='"
                + taskName + "'] and contains(., '" + caseNumber + "')]");
        filter(filter);
        until("the filter " + filter, 30, d -> d.getCurrentUrl().contains("filter="));
        // search the filter for the case (案件编号), as the search box above the list does
        String search = "searchQuery=" + java.net.URLEncoder.encode("[{\"type\":\"processVariables\",\"operator\":\"eq\","
                + "\"value\":\"" + caseNumber + "\",\"name\":\"caseNumber\"}]", java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        String current = driver.getCurrentUrl();
        String searched = current.contains("searchQuery=") ? current.replaceFirst("searchQuery=[^&]*", search)
                : current + "&" + search;
        driver.get(searched);
        long[] opened = {System.currentTimeMillis()};
        until(taskName + " of " + caseNumber + " in " + filter, 90, d -> {
            if (!d.findElements(card).isEmpty()) {
                return true;
            }
            boolean loading = d.findElements(By.cssSelector(".tasks-list .loader")).stream().anyMatch(WebElement::isDisplayed);
            if (!loading && System.currentTimeMillis() - opened[0] > 3000) {
                d.navigate().refresh(); // as a user does while the engine is still working
                opened[0] = System.currentTimeMillis();
            }
            return false;
        });
        // Tasklist re-renders the list while it polls: a card found a moment ago may be replaced
        // before the click lands: the wait ignores a stale element and finds and clicks it again
        until("a click on " + taskName + " of " + caseNumber, 30, d -> {
            press(d.findElement(card).findElement(By.cssSelector("h4.task a")));
            return true;
        });
        until("the task " + taskName, 30, d -> d.findElements(By.cssSelector(".task-details h2.task")).stream()
                .anyMatch(h -> h.getText().trim().equals(taskName)));
        until("the form of " + taskName, 30,
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .fjs-form")));
        return this;
    }

    /** Tasklist: 认领 (claim) the open task; waits until the form may be completed. */
    Page claim() {
        click(By.cssSelector(".task-details button.claim"));
        until("the task claimed", 30, ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-details button.claim")));
        return this;
    }

    /** Tasklist: 完成 (complete) the open task's form; answers null when done, else the error shown. */
    String complete() {
        dismissErrors();
        click(By.cssSelector(".task-details button[ng-click='complete()']"));
        return until("the task completed or an error shown", 60, d -> {
            String error = visibleError();
            if (error != null) {
                return error;
            }
            boolean done = d.findElements(By.cssSelector(".task-details .no-task")).stream().anyMatch(WebElement::isDisplayed)
                    || d.findElements(By.cssSelector(".task-details .fjs-form")).isEmpty();
            return done ? "" : null;
        }).transform(s -> s.isEmpty() ? null : s);
    }

    /** The text of the first visible error alert (notification of a refused submission), or null. */
    String visibleError() {
        for (WebElement alert : driver.findElements(By.cssSelector(".alert-danger"))) {
            if (alert.isDisplayed() && !alert.getText().isBlank()) {
                return alert.getText().replace("×", "").trim();
            }
        }
        return null;
    }

    /** Closes the error notifications shown (×), as a user does before trying again. */
    void dismissErrors() {
        for (WebElement close : driver.findElements(By.cssSelector(".alert-danger button.close"))) {
            if (close.isDisplayed()) {
                press(close);
            }
        }
        until("the errors closed", 10, d -> visibleError() == null);
    }

    /** Waits for an error alert; answers its text. */
    String waitForError() {
        String error = until("an error message", 60, d -> visibleError());
        driver.findElements(By.cssSelector(".alert-danger")).stream().filter(WebElement::isDisplayed).findFirst()
                .ifPresent(alert -> script("arguments[0].scrollIntoView({block: 'center'})", alert));
        return error;
    }

    /** The client-side validation messages form-js shows under fields. */
    List<String> fieldErrors() {
        return driver.findElements(By.cssSelector(".fjs-form-field-error")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    // ---- form-js fields -------------------------------------------------------------------

    /** The rows of a dynamic list (form-js dynamiclist) the fields are looked for in, or null for the whole form. */
    private String rowList;
    private int rowIndex;

    WebElement field(String label) {
        WebElement container = driver.findElements(By.cssSelector(".modal-content .fjs-form")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null);
        if (rowList == null) {
            return until("the field " + label, 20, d -> (WebElement) script(FIELD_BY_LABEL, label, container));
        }
        String list = rowList;
        int index = rowIndex;
        // found again each time: form-js redraws the rows as they change
        return until("the field " + label + " in row " + (index + 1) + " of " + list, 20, d -> {
            List<WebElement> rows = rows(list, container);
            return rows.size() > index ? (WebElement) script(FIELD_BY_LABEL, label, rows.get(index)) : null;
        });
    }

    private List<WebElement> rows(String list, WebElement container) {
        WebElement field = (WebElement) script(FIELD_BY_LABEL, list, container);
        return field == null ? List.of() : field.findElements(By.cssSelector(".fjs-repeat-row-container"));
    }

    /** The fields that follow are those of one row (0 = the first) of the dynamic list with this label. */
    Page inRow(String listLabel, int index) {
        rowList = listLabel;
        rowIndex = index;
        return this;
    }

    /** The fields that follow are the form's own again (outside any list). */
    Page inForm() {
        rowList = null;
        return this;
    }

    /** Adds a row to the dynamic list with this label (its 添加一项 button); answers the new row's index. */
    int addRow(String listLabel) {
        inForm();
        int before = rows(listLabel, null).size();
        WebElement list = field(listLabel);
        press(list.findElement(By.cssSelector("button.fjs-repeat-render-add")));
        until("a new row in " + listLabel, 10, d -> rows(listLabel, null).size() == before + 1);
        return before;
    }

    /**
     * Types into a text field, text area or number field (replacing what is there) and leaves it
     * (Tab), then waits until form-js has taken the value: it applies typing after a short
     * debounce, and a field changed meanwhile re-renders the form from what it had taken.
     */
    Page type(String label, String value) {
        WebElement input = field(label).findElement(By.cssSelector("input.fjs-input, textarea"));
        script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value, Keys.TAB);
        int[] stable = {0};
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(200)).withMessage("the value of " + label)
                .until(d -> {
                    String now = field(label).findElement(By.cssSelector("input.fjs-input, textarea")).getDomProperty("value");
                    stable[0] = value.equals(now) ? stable[0] + 1 : 0;
                    if (stable[0] == 0 && (now == null || now.isEmpty())) {
                        throw new AssertionError("form-js dropped the value typed into " + label);
                    }
                    return stable[0] >= 3;
                });
        return this;
    }

    /** Empties a text field, text area or number field and leaves it (Tab), as a user erasing an entry. */
    Page clear(String label) {
        WebElement input = field(label).findElement(By.cssSelector("input.fjs-input, textarea"));
        script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
        return this;
    }

    /** A date field: today, picked in the date picker's calendar. */
    Page today(String label) {
        WebElement field = field(label);
        press(field.findElement(By.cssSelector("input.fjs-input")));
        press(until("the calendar of " + label, 10, d -> field.findElements(By.cssSelector(".flatpickr-day.today"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)));
        return this;
    }

    /** A radio group or a select: picks the option shown with this text. */
    Page choose(String label, String option) {
        WebElement field = field(label);
        String kind = field.getAttribute("class");
        if (kind.contains("fjs-form-field-radio")) {
            press(field.findElement(By.xpath(".//label[normalize-space()='" + option + "']")));
        } else {
            // Tab from the field before may already have opened the list: a click would close it
            if (field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream().noneMatch(WebElement::isDisplayed)) {
                press(field.findElement(By.cssSelector(".fjs-input-group")));
            }
            press(until("the option " + option + " of " + label, 10, d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item"))
                    .stream().filter(i -> i.getText().trim().equals(option)).findFirst().orElse(null)));
        }
        return this;
    }

    /** A check box, ticked. */
    Page tick(String label) {
        WebElement box = field(label).findElement(By.cssSelector("input[type=checkbox]"));
        if (!box.isSelected()) {
            press(box);
        }
        return this;
    }

    /** The text a form shows (read-only text views included). */
    String formText() {
        return driver.findElements(By.cssSelector(".fjs-form")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).findFirst().orElse("");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            System.err.println("closing the browser: " + e);
        }
    }
}
