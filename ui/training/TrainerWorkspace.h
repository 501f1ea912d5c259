// Training: the trainer's practice classes and the scenario editor.
// May use: ui/common, ui/review (scorecard), ui/settings (Preferences), caredesk_core, Qt Widgets.
#pragma once

#include "training/PracticeDesk.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Gui {

class Preferences;
class ReviewWorkspace;

// The trainer's workspace: start a practice class from a scenario, compare the trainees' runs
// side by side, read each one's report, score their conversations on the team's scorecard and
// keep notes on them. Scenarios are written in the scenario editor or built from past
// conversations with every customer made up.
class TrainerWorkspace final : public QWidget
{
    Q_OBJECT

public:
    // `preferences` keeps the class the trainer had open; both must outlive the workspace.
    TrainerWorkspace(const Core::Clock &clock, Preferences &preferences, QWidget *parent = nullptr);

    void setClass(const Training::PracticeClassInfo &info,
                  const QList<Training::PracticeReport> &reports, const QStringList &notes,
                  const QList<double> &qaPercents);
    void handleScenarioBuilt(const QString &path, const QString &summary);
    void handleFailure(const CareDesk::Core::Error &error);

    QTableWidget *comparison() const { return m_comparison; }
    QTextBrowser *reportView() const { return m_report; }
    ReviewWorkspace *scorecard() const { return m_scorecard; }
    const Training::PracticeClassInfo &currentClass() const { return m_class; }
    // The class folder last opened, for the next start.
    QString classDirectory() const { return m_class.directory; }
    void selectTrainee(int row);
    // Opens the class the trainer had open last time, if there is one and none is open yet.
    void reopenLastClass();
    void setNotes(const QString &text);
    void saveNotes();

    // Report of one trainee's run as a readable page (customer text escaped).
    static QString reportHtml(const Training::PracticeReport &report);

Q_SIGNALS:
    void classOpenRequested(const QString &directory);
    void classStartRequested(const QString &scenarioFile, const QStringList &trainees,
                             const QString &directory);
    void traineeSelected(const QString &workspace);
    void notesSaveRequested(const QString &workspace, const QString &text);
    void scenarioFromHistoryRequested(int conversations, const QString &path);

private:
    void startClassDialog();
    void openClassDialog();
    void scenarioFromHistoryDialog();
    void editScenario(const QString &path);

    const Core::Clock &m_clock;
    Preferences &m_preferences;
    Training::PracticeClassInfo m_class;
    QList<Training::PracticeReport> m_reports;
    QStringList m_notes;
    QLabel *m_title = nullptr;
    QTableWidget *m_comparison = nullptr;
    QTabWidget *m_details = nullptr;
    QTextBrowser *m_report = nullptr;
    ReviewWorkspace *m_scorecard = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    int m_selected = -1;
    bool m_reopened = false;
};

} // namespace CareDesk::Gui
