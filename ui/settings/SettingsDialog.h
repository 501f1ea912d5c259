// Settings: the agent's preferences, kept in the settings file, and the Settings dialog.
// May use: ui/common, caredesk_core's model types, Qt Widgets.
#pragma once

#include "model/CannedResponse.h"
#include "model/Inbox.h"
#include "ui/settings/ShortcutEntry.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QVBoxLayout;

namespace CareDesk::Gui {

class LanguageToolsPage;

class Preferences;

// Settings: the agent, canned responses (with their language variants and shortcuts),
// keyboard shortcuts, and the channels with their health.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Page { GeneralPage, CannedPage, ShortcutsPage, ChannelsPage, TeamPage, LanguagesPage };

    // Reads and writes the agent's settings in `preferences`, which must outlive the dialog;
    // the workspace's own (translation) in `workspaceDirectory`.
    SettingsDialog(Preferences &preferences, const QList<ShortcutEntry> &shortcuts,
                   const QString &workspaceDirectory, QWidget *parent = nullptr);
    LanguageToolsPage *languageTools() const { return m_languageTools; }
    // The answer to cannedTranslationRequested: checked by the agent, it becomes a variant.
    void showCannedTranslation(quint64 requestId, const Core::ReplyTranslation &translation);

    void showPage(Page page);
    void setCannedResponses(const QList<Core::CannedResponse> &responses);
    void setChannels(const QList<Core::ChannelSummary> &channels);
    // What the agent set, applied when the dialog is accepted.
    QList<ShortcutEntry> shortcuts() const;
    // The team connection as the desk reports it ("online", "offline", ...).
    void setTeamState(const QString &state, const QString &detail);
    // Where the channel sign-in stands, for the Channels tab.
    void setChannelSignIn(const QString &text);

Q_SIGNALS:
    void cannedResponseSaved(const CareDesk::Core::CannedResponse &response);
    void cannedResponseRemoved(qint64 id);
    void teamSignInRequested(const QUrl &server, const QString &login, const QString &password);
    void teamSignOutRequested();
    void teamSignOutEverywhereRequested();
    void connectChannelRequested(qint64 channelId);
    // The agent chose the country a channel's phone numbers are from; empty: this computer's.
    void channelRegionChanged(qint64 channelId, const QString &region);
    void channelSignOffChanged(qint64 channelId, const QString &style);
    // A canned response's text to translate into `to` and back, for a new variant.
    void cannedTranslationRequested(quint64 requestId, qint64 cannedId, const QString &text,
                                    const QString &from, const QString &to, const QString &agent);

private:
    QWidget *buildGeneral();
    QWidget *buildCanned();
    QWidget *buildShortcuts(const QList<ShortcutEntry> &shortcuts);
    QWidget *buildChannels();
    void buildChannelRegion(QVBoxLayout *layout);
    QWidget *buildTeam();
    void showCanned(int row);
    void translateVariant();
    void saveCanned();
    void applyGeneral();

    Preferences &m_preferences;
    QTabWidget *m_tabs = nullptr;
    std::pair<quint64, QString> m_cannedTranslation; // the last request and the text it was for
    LanguageToolsPage *m_languageTools = nullptr;
    QLineEdit *m_agentName = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_undoSeconds = nullptr;
    QCheckBox *m_notifications = nullptr;

    QList<Core::CannedResponse> m_canned;
    qint64 m_editingId = 0;
    QListWidget *m_cannedList = nullptr;
    QLineEdit *m_cannedTitle = nullptr;
    QLineEdit *m_cannedShortcut = nullptr;
    QComboBox *m_cannedCategory = nullptr;
    QTableWidget *m_cannedVariants = nullptr;

    QList<ShortcutEntry> m_shortcuts;
    QTableWidget *m_shortcutTable = nullptr;
    QTableWidget *m_channelTable = nullptr;
    QLabel *m_channelSignIn = nullptr;
    QComboBox *m_channelRegion = nullptr;
    QComboBox *m_channelSignOff = nullptr;
    QLineEdit *m_teamServer = nullptr;
    QLineEdit *m_teamLogin = nullptr;
    QLineEdit *m_teamPassword = nullptr;
    QLabel *m_teamState = nullptr;
    QLabel *m_teamInsecure = nullptr;
};

} // namespace CareDesk::Gui
