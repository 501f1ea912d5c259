#include "scenario/Scenario.h"
#include "support/TestSupport.h"

#include <ui/training/ScenarioEditor.h>

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <algorithm>

using namespace CareDesk;
using Gui::ScenarioEditor;

namespace {

QString demoPath()
{
    return QStringLiteral(CAREDESK_SOURCE_DIR "/resources/scenarios/demo-practice.json");
}

Training::Scenario parsed(const QByteArray &json)
{
    QStringList problems;
    const std::optional<Training::Scenario> scenario = Training::Scenario::parse(json, problems);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(scenario);
    return *scenario;
}

template<typename T> T *child(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QLatin1String(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

void load(ScenarioEditor &editor, const QString &path)
{
    QString error;
    INFO(error.toStdString());
    REQUIRE(editor.loadFile(path, &error));
}

QListWidgetItem *problemStartingWith(const QListWidget &list, const QString &place)
{
    for (int row = 0; row < list.count(); ++row) {
        if (list.item(row)->text().startsWith(place))
            return list.item(row);
    }
    return nullptr;
}

void setCell(QTableWidget &table, int row, int column, const QString &text)
{
    QTableWidgetItem *item = table.item(row, column);
    REQUIRE(item);
    item->setText(text);
}

QString noProblems(const Training::Scenario &scenario)
{
    return QStringLiteral("No problems: %1 personas, %2 events, %3 reactions, %4 expectations.")
        .arg(scenario.personas.size())
        .arg(scenario.timeline.size())
        .arg(scenario.reactions.size())
        .arg(scenario.expectations.size());
}

} // namespace

TEST_CASE("The scenario editor shows a scenario file in its fields and tables")
{
    const Training::Scenario demo = parsed(Testing::readFile(demoPath()));
    ScenarioEditor editor;
    load(editor, demoPath());

    CHECK(child<QLineEdit>(editor, "scenarioIdEdit")->text() == demo.id);
    CHECK(child<QLineEdit>(editor, "scenarioTitleEdit")->text() == demo.title);
    CHECK(child<QLineEdit>(editor, "brandNameEdit")->text() == demo.brandName);
    CHECK(child<QLineEdit>(editor, "brandHandleEdit")->text() == demo.brandHandle);

    auto *personas = child<QTableWidget>(editor, "personasTable");
    auto *timeline = child<QTableWidget>(editor, "timelineTable");
    auto *reactions = child<QTableWidget>(editor, "reactionsTable");
    auto *expectations = child<QTableWidget>(editor, "expectationsTable");
    CHECK(personas->rowCount() == demo.personas.size());
    CHECK(timeline->rowCount() == demo.timeline.size());
    CHECK(reactions->rowCount() == demo.reactions.size());
    CHECK(expectations->rowCount() == demo.expectations.size());
    REQUIRE(personas->rowCount() > 0);
    REQUIRE(timeline->rowCount() > 0);

    for (int row = 0; row < personas->rowCount(); ++row) {
        const Training::Persona &persona = demo.personas.at(row);
        CHECK(personas->item(row, ScenarioEditor::PersonaId)->text() == persona.id);
        CHECK(personas->item(row, ScenarioEditor::PersonaName)->text() ==
              persona.author.displayName);
        CHECK(personas->item(row, ScenarioEditor::PersonaFollowers)->text() ==
              (persona.author.followers ? QString::number(persona.author.followers) : QString()));
        CHECK((personas->item(row, ScenarioEditor::PersonaVerified)->checkState() == Qt::Checked) ==
              persona.author.verified);
    }
    for (int row = 0; row < timeline->rowCount(); ++row) {
        const Training::ScenarioEvent *event =
            demo.event(timeline->item(row, ScenarioEditor::EventId)->text());
        REQUIRE(event);
        CHECK(timeline->item(row, ScenarioEditor::EventPersona)->text() == event->personaId);
        CHECK(timeline->item(row, ScenarioEditor::EventAt)->text() ==
              QString::number(event->atSecs));
        CHECK(timeline->item(row, ScenarioEditor::EventText)->text() == event->text);
    }
    CHECK(reactions->item(0, ScenarioEditor::ReactionContains)->text() ==
          demo.reactions.at(0).keywords.join(QStringLiteral(", ")));

    // Opening checks the file: the demo has nothing to fix.
    CHECK(child<QListWidget>(editor, "scenarioProblems")->count() == 0);
    CHECK(child<QLabel>(editor, "scenarioCheckSummary")->text() == noProblems(demo));
    CHECK(editor.filePath() == demoPath());
    CHECK_FALSE(editor.isModified());
    CHECK(editor.windowTitle().contains(QStringLiteral("demo-practice.json")));
    CHECK_FALSE(editor.windowTitle().contains(QLatin1Char('*')));
}

TEST_CASE("The scenario editor writes back the scenario it read")
{
    const QByteArray file = Testing::readFile(demoPath());
    const Training::Scenario demo = parsed(file);

    ScenarioEditor opened;
    load(opened, demoPath());
    CHECK(parsed(opened.toJson()).toJson() == demo.toJson());

    ScenarioEditor shown;
    shown.setScenario(demo);
    CHECK(parsed(shown.toJson()).toJson() == demo.toJson());
    CHECK(shown.filePath().isEmpty());
    CHECK(shown.isModified()); // in no file yet
    CHECK(shown.windowTitle().contains(QLatin1Char('*')));
}

TEST_CASE("An unknown persona on the timeline is listed with its place, found by double-click, and "
          "blocks saving")
{
    Testing::TempWorkspace dir;
    const QString path = dir.file(QStringLiteral("drill.json"));
    ScenarioEditor editor;
    load(editor, demoPath());
    QSignalSpy saved(&editor, &ScenarioEditor::saved);
    auto *timeline = child<QTableWidget>(editor, "timelineTable");
    auto *problems = child<QListWidget>(editor, "scenarioProblems");
    auto *tabs = child<QTabWidget>(editor, "scenarioTabs");
    const int row = 3;
    REQUIRE(timeline->rowCount() > row);
    const QString persona = timeline->item(row, ScenarioEditor::EventPersona)->text();

    setCell(*timeline, row, ScenarioEditor::EventPersona, QStringLiteral("nobody"));
    CHECK(editor.isModified());
    CHECK(editor.windowTitle().contains(QStringLiteral("demo-practice.json*")));
    child<QPushButton>(editor, "checkScenario")->click();
    INFO(editor.problems().join(QLatin1Char('\n')).toStdString());
    QListWidgetItem *problem =
        problemStartingWith(*problems, QStringLiteral("timeline[3].persona"));
    REQUIRE(problem);
    CHECK(problem->text().contains(QStringLiteral("\"nobody\"")));
    CHECK(editor.problems().contains(problem->text()));
    CHECK(child<QLabel>(editor, "scenarioCheckSummary")
              ->text()
              .startsWith(QStringLiteral("Problems: ")));

    // Double-clicking the problem selects the cell it names, on its tab.
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    tabs->setCurrentIndex(ScenarioEditor::PersonasTable);
    timeline->setCurrentCell(0, 0);
    problems->scrollToItem(problem);
    // What a real double-click sends; QTest's mouseDClick on a widget sends the double-click event
    // alone.
    const QPoint at = problems->visualItemRect(problem).center();
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(problems->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(problems->viewport(), Qt::LeftButton, {}, at);
    CHECK(tabs->currentIndex() == ScenarioEditor::TimelineTable);
    CHECK(timeline->currentRow() == row);
    CHECK(timeline->currentColumn() == ScenarioEditor::EventPersona);
    CHECK(timeline->selectedItems() ==
          QList<QTableWidgetItem *>{timeline->item(row, ScenarioEditor::EventPersona)});

    QString error;
    CHECK_FALSE(editor.saveFile(path, &error));
    CHECK(error.contains(QStringLiteral("timeline[3].persona")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(saved.isEmpty());
    CHECK(editor.filePath() == demoPath());
    CHECK(child<QLabel>(editor, "scenarioCheckSummary")
              ->text()
              .startsWith(QStringLiteral("Not saved.")));

    setCell(*timeline, row, ScenarioEditor::EventPersona, persona);
    INFO(error.toStdString());
    REQUIRE(editor.saveFile(path, &error));
    CHECK(problems->count() == 0);
    const Training::Scenario written = parsed(Testing::readFile(path));
    const Training::ScenarioEvent *event =
        written.event(timeline->item(row, ScenarioEditor::EventId)->text());
    REQUIRE(event);
    CHECK(event->personaId == persona);
    CHECK(written.toJson() == parsed(Testing::readFile(demoPath())).toJson());
    CHECK(editor.filePath() == path);
    CHECK_FALSE(editor.isModified());
    CHECK(editor.windowTitle().contains(QStringLiteral("drill.json")));
    CHECK_FALSE(editor.windowTitle().contains(QLatin1Char('*')));
    REQUIRE(saved.size() == 1);
    CHECK(saved.at(0).at(0).toString() == path);
}

TEST_CASE("A persona, event, reaction and expectation added in the scenario editor round-trip "
          "through the file")
{
    Testing::TempWorkspace dir;
    const QString path = dir.file(QStringLiteral("extended.json"));
    const Training::Scenario demo = parsed(Testing::readFile(demoPath()));
    ScenarioEditor editor;
    load(editor, demoPath());
    auto *personas = child<QTableWidget>(editor, "personasTable");
    auto *timeline = child<QTableWidget>(editor, "timelineTable");
    auto *reactions = child<QTableWidget>(editor, "reactionsTable");
    auto *expectations = child<QTableWidget>(editor, "expectationsTable");

    child<QPushButton>(editor, "addPersona")->click();
    REQUIRE(personas->rowCount() == demo.personas.size() + 1);
    const int p = personas->currentRow();
    CHECK(p == personas->rowCount() - 1);
    setCell(*personas, p, ScenarioEditor::PersonaId, QStringLiteral("valentina"));
    setCell(*personas, p, ScenarioEditor::PersonaName, QStringLiteral("Valentina Ruiz"));
    setCell(*personas, p, ScenarioEditor::PersonaHandle, QStringLiteral("valruiz"));
    setCell(*personas, p, ScenarioEditor::PersonaFollowers, QStringLiteral("321"));
    personas->item(p, ScenarioEditor::PersonaVerified)->setCheckState(Qt::Checked);
    setCell(*personas, p, ScenarioEditor::PersonaLocale, QStringLiteral("es_ES"));

    timeline->setCurrentCell(timeline->rowCount() - 1, 0);
    child<QPushButton>(editor, "addEvent")->click();
    REQUIRE(timeline->rowCount() == demo.timeline.size() + 1);
    const int e = timeline->currentRow();
    const QString eventId = timeline->item(e, ScenarioEditor::EventId)->text();
    CHECK_FALSE(eventId.isEmpty());
    CHECK_FALSE(demo.event(eventId));
    setCell(*timeline, e, ScenarioEditor::EventAt, QStringLiteral("1200"));
    setCell(*timeline, e, ScenarioEditor::EventPersona, QStringLiteral("valentina"));
    setCell(*timeline, e, ScenarioEditor::EventKind, QStringLiteral("dm"));
    setCell(*timeline, e, ScenarioEditor::EventThread, QStringLiteral("t-valentina"));
    const QString text = QStringLiteral("<b>Hola</b>, ¿me ayudáis con la factura?");
    setCell(*timeline, e, ScenarioEditor::EventText, text);
    setCell(*timeline, e, ScenarioEditor::EventLanguage, QStringLiteral("es"));

    // A new reaction and expectation start from the event in front of the trainer.
    child<QPushButton>(editor, "addReaction")->click();
    REQUIRE(reactions->rowCount() == demo.reactions.size() + 1);
    const int r = reactions->currentRow();
    CHECK(reactions->item(r, ScenarioEditor::ReactionAfter)->text() == eventId);
    CHECK(reactions->item(r, ScenarioEditor::ReactionPersona)->text() ==
          QStringLiteral("valentina"));
    CHECK(reactions->item(r, ScenarioEditor::ReactionThread)->text() ==
          QStringLiteral("t-valentina"));
    setCell(*reactions, r, ScenarioEditor::ReactionOn, QStringLiteral("no-reply"));
    setCell(*reactions, r, ScenarioEditor::ReactionWait, QStringLiteral("600"));
    setCell(*reactions, r, ScenarioEditor::ReactionText, QStringLiteral("¿Hola?"));

    child<QPushButton>(editor, "addExpectation")->click();
    REQUIRE(expectations->rowCount() == 1);
    CHECK(expectations->item(0, ScenarioEditor::ExpectationAfter)->text() == eventId);
    setCell(*expectations, 0, ScenarioEditor::ExpectationExpect, QStringLiteral("dm"));
    setCell(*expectations, 0, ScenarioEditor::ExpectationWithin, QStringLiteral("900"));
    setCell(*expectations, 0, ScenarioEditor::ExpectationContains,
            QStringLiteral("factura, invoice"));
    setCell(*expectations, 0, ScenarioEditor::ExpectationText,
            QStringLiteral("Moves Valentina to a direct message"));

    const QStringList found = editor.check();
    INFO(found.join(QLatin1Char('\n')).toStdString());
    REQUIRE(found.isEmpty());
    QString error;
    REQUIRE(editor.saveFile(path, &error));

    const Training::Scenario written = parsed(Testing::readFile(path));
    CHECK(child<QLabel>(editor, "scenarioCheckSummary")->text() == noProblems(written));
    CHECK(written.personas.size() == demo.personas.size() + 1);
    const Training::Persona *valentina = written.persona(QStringLiteral("valentina"));
    REQUIRE(valentina);
    CHECK(valentina->author.displayName == QStringLiteral("Valentina Ruiz"));
    CHECK(valentina->author.handle == QStringLiteral("valruiz"));
    CHECK(valentina->author.followers == 321);
    CHECK(valentina->author.verified);
    CHECK(valentina->author.locale == QStringLiteral("es_ES"));
    const Training::ScenarioEvent *event = written.event(eventId);
    REQUIRE(event);
    CHECK(event->personaId == QStringLiteral("valentina"));
    CHECK(event->atSecs == 1200);
    CHECK(event->kind == Sdk::ItemKind::DirectMessage);
    CHECK(event->text == text);
    CHECK(event->language == QStringLiteral("es"));
    REQUIRE(written.reactions.size() == demo.reactions.size() + 1);
    const Training::Reaction &reaction = written.reactions.constLast();
    CHECK(reaction.trigger == Training::Reaction::Trigger::NoReply);
    CHECK(reaction.waitSecs == 600);
    CHECK(reaction.afterEventId == eventId);
    REQUIRE(written.expectations.size() == 1);
    CHECK(written.expectations.at(0).outcome == Training::Expectation::Outcome::DirectMessage);
    CHECK(written.expectations.at(0).withinSecs == 900);
    CHECK(written.expectations.at(0).keywords ==
          QStringList{QStringLiteral("factura"), QStringLiteral("invoice")});

    ScenarioEditor reopened;
    load(reopened, path);
    CHECK(child<QTableWidget>(reopened, "personasTable")->rowCount() == written.personas.size());
    CHECK(child<QTableWidget>(reopened, "expectationsTable")->rowCount() == 1);
    CHECK(parsed(reopened.toJson()).toJson() == written.toJson());
}

TEST_CASE("Rows of the scenario editor move and go, and problems the parser lets through are still "
          "listed")
{
    ScenarioEditor editor;
    auto *personas = child<QTableWidget>(editor, "personasTable");
    auto *tabs = child<QTabWidget>(editor, "scenarioTabs");

    const QStringList empty = editor.check();
    CHECK(empty.contains(QStringLiteral("id: required")));
    const auto place = [&empty](const QString &start) {
        return std::any_of(empty.begin(), empty.end(),
                           [&start](const QString &p) { return p.startsWith(start); });
    };
    CHECK(place(QStringLiteral("personas: ")));
    CHECK(place(QStringLiteral("timeline: ")));
    tabs->setCurrentIndex(ScenarioEditor::ExpectationsTable);
    CHECK(editor.showPlace(QStringLiteral("timeline: at least one event is required")));
    CHECK(tabs->currentIndex() == ScenarioEditor::TimelineTable);
    CHECK_FALSE(editor.showPlace(QStringLiteral("something else")));

    child<QPushButton>(editor, "addPersona")->click();
    child<QPushButton>(editor, "addPersona")->click();
    REQUIRE(personas->rowCount() == 2);
    const QString first = personas->item(0, ScenarioEditor::PersonaId)->text();
    const QString second = personas->item(1, ScenarioEditor::PersonaId)->text();
    CHECK(first != second);
    personas->setCurrentCell(1, ScenarioEditor::PersonaId);
    child<QPushButton>(editor, "movePersonaUp")->click();
    CHECK(personas->item(0, ScenarioEditor::PersonaId)->text() == second);
    CHECK(personas->currentRow() == 0);
    child<QPushButton>(editor, "movePersonaDown")->click();
    CHECK(personas->item(1, ScenarioEditor::PersonaId)->text() == second);

    // The parser reads a follower count that is no number as 0; the editor does not let it pass.
    setCell(*personas, 1, ScenarioEditor::PersonaName, QStringLiteral("Ana"));
    setCell(*personas, 1, ScenarioEditor::PersonaFollowers, QStringLiteral("many"));
    CHECK(editor.check().contains(
        QStringLiteral("personas[1].followers: a whole number is required")));
    // "personas[0]: needs a name or a handle" points at the name.
    tabs->setCurrentIndex(ScenarioEditor::TimelineTable);
    CHECK(editor.showPlace(QStringLiteral("personas[0]: needs a name or a handle")));
    CHECK(tabs->currentIndex() == ScenarioEditor::PersonasTable);
    CHECK(personas->currentRow() == 0);
    CHECK(personas->currentColumn() == ScenarioEditor::PersonaName);

    personas->setCurrentCell(0, 0);
    child<QPushButton>(editor, "removePersona")->click();
    REQUIRE(personas->rowCount() == 1);
    CHECK(personas->item(0, ScenarioEditor::PersonaId)->text() == second);
    CHECK(editor.isModified());
}

TEST_CASE("The scenario editor's cells offer the persona ids and the format's words")
{
    ScenarioEditor editor;
    load(editor, demoPath());
    editor.show();
    auto *timeline = child<QTableWidget>(editor, "timelineTable");
    child<QTabWidget>(editor, "scenarioTabs")->setCurrentIndex(ScenarioEditor::TimelineTable);

    timeline->setCurrentCell(0, ScenarioEditor::EventPersona);
    timeline->editItem(timeline->item(0, ScenarioEditor::EventPersona));
    auto *persona = timeline->findChild<QComboBox *>();
    REQUIRE(persona);
    CHECK(persona->isEditable()); // a persona still to be added may be named
    CHECK(persona->findText(QStringLiteral("priya")) >= 0);
    CHECK(persona->accessibleName() == QStringLiteral("Persona"));
    persona->setEditText(QStringLiteral("tom"));
    timeline->setCurrentCell(0, ScenarioEditor::EventKind); // leaving the cell keeps the choice
    CHECK(timeline->item(0, ScenarioEditor::EventPersona)->text() == QStringLiteral("tom"));
    CHECK(editor.isModified());

    timeline->editItem(timeline->item(0, ScenarioEditor::EventKind));
    QComboBox *kind = nullptr;
    for (QComboBox *combo : timeline->findChildren<QComboBox *>()) {
        if (combo->accessibleName() == QStringLiteral("Kind"))
            kind = combo;
    }
    REQUIRE(kind);
    CHECK_FALSE(kind->isEditable());
    CHECK(kind->count() == 3);
    CHECK(kind->itemText(2) == QStringLiteral("dm"));
}

TEST_CASE("Every control of the scenario editor has a name for tests and for assistive technology")
{
    ScenarioEditor editor;
    for (const char *name :
         {"personasTable", "timelineTable", "reactionsTable", "expectationsTable",
          "scenarioProblems", "checkScenario", "scenarioTabs", "newScenario", "openScenario",
          "saveScenario", "saveScenarioAs", "addEvent", "removeReaction", "moveExpectationUp",
          "movePersonaDown"})
        CHECK(child<QWidget>(editor, name));
    const QList<QWidget *> controls = editor.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *control : controls) {
        if (!qobject_cast<QLineEdit *>(control) && !qobject_cast<QPushButton *>(control) &&
            !qobject_cast<QAbstractItemView *>(control) && !qobject_cast<QTabWidget *>(control))
            continue;
        if (qobject_cast<QHeaderView *>(control))
            continue; // part of its table
        INFO(control->metaObject()->className() << " " << control->objectName().toStdString());
        CHECK_FALSE(control->accessibleName().isEmpty());
        CHECK_FALSE(control->objectName().isEmpty());
        ++checked;
    }
    CHECK(checked > 20);
    CHECK(child<QLabel>(editor, "scenarioCheckSummary")->textFormat() == Qt::PlainText);
}
