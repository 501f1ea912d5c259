// Settings: the languages the agent reads, the translation service, and the spelling
// dictionaries on this computer.
// May use: ui/common, caredesk_core's translation and spelling types, Qt Widgets.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace CareDesk::Gui {

class Preferences;

// "Languages" in Settings. The translation service is the workspace's (translation.json beside
// it); its key goes to the keychain, never to a file. Each choice says where customer text goes.
class LanguageToolsPage final : public QWidget
{
    Q_OBJECT

public:
    // `workspaceDirectory` holds the workspace's translation settings.
    LanguageToolsPage(Preferences &preferences, QString workspaceDirectory,
                      QWidget *parent = nullptr);

    // The service in use, as the workspace reports it (empty `problem`: working).
    void setProviderState(const QString &provider, const QString &problem);
    // Keeps the agent's languages; asks for the new translation settings when they changed.
    void apply();

Q_SIGNALS:
    // New translation settings (the provider file's JSON) and a new key (empty: keep the stored).
    void translationSettingsSaved(const QByteArray &settings, const QString &key);
    void agentLanguagesChanged(const QStringList &languages);

private:
    void showStatement();
    void showDictionaries();
    QByteArray chosenSettings() const;

    Preferences &m_preferences;
    QString m_workspaceDirectory;
    QByteArray m_savedSettings;
    QLineEdit *m_languages = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_statement = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_dictionaries = nullptr;
};

} // namespace CareDesk::Gui
