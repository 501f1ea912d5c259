#include "LanguageToolsPage.h"

#include "ui/common/Presentation.h"
#include "ui/settings/Preferences.h"

#include "spelling/Dictionaries.h"
#include "translation/ProviderConfig.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// The languages CareDesk offers spelling for, and the Debian package with each dictionary.
const QList<std::pair<QString, QString>> &spellingLanguages()
{
    static const QList<std::pair<QString, QString>> languages{
        {QStringLiteral("en"), QStringLiteral("hunspell-en-us")},
        {QStringLiteral("es"), QStringLiteral("hunspell-es")},
        {QStringLiteral("pt"), QStringLiteral("hunspell-pt-br")},
        {QStringLiteral("fr"), QStringLiteral("hunspell-fr")},
        {QStringLiteral("de"), QStringLiteral("hunspell-de-de")},
        {QStringLiteral("it"), QStringLiteral("hunspell-it")}};
    return languages;
}

} // namespace

LanguageToolsPage::LanguageToolsPage(Preferences &preferences, QString workspaceDirectory,
                                     QWidget *parent)
    : QWidget(parent)
    , m_preferences(preferences)
    , m_workspaceDirectory(std::move(workspaceDirectory))
{
    setObjectName(QStringLiteral("languageToolsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *own = new QFormLayout;
    m_languages = new QLineEdit(m_preferences.agentLanguages().join(QStringLiteral(", ")), this);
    m_languages->setObjectName(QStringLiteral("agentLanguages"));
    m_languages->setAccessibleName(tr("Languages you read"));
    m_languages->setToolTip(tr("Language codes, yours first, e.g. en, es. Customers' messages in "
                               "other languages are shown with a translation into the first."));
    own->addRow(tr("Languages you read:"), m_languages);
    layout->addLayout(own);

    auto *translation = new QGroupBox(tr("Machine translation (this workspace)"), this);
    auto *form = new QFormLayout(translation);
    m_provider = new QComboBox(translation);
    m_provider->setObjectName(QStringLiteral("translationProvider"));
    m_provider->addItem(tr("Apertium, on this computer"), QStringLiteral("apertium"));
    m_provider->addItem(tr("LibreTranslate, on your team's server"),
                        QStringLiteral("libretranslate"));
    m_provider->addItem(tr("DeepL, in the cloud"), QStringLiteral("deepl"));
    m_provider->addItem(tr("Off"), QStringLiteral("off"));
    form->addRow(tr("Translate with:"), m_provider);
    m_address = new QLineEdit(translation);
    m_address->setObjectName(QStringLiteral("translationAddress"));
    m_address->setPlaceholderText(QStringLiteral("https://translate.example.org"));
    form->addRow(tr("Server address:"), m_address);
    m_key = new QLineEdit(translation);
    m_key->setObjectName(QStringLiteral("translationKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Kept in the keychain; leave empty to keep the stored key"));
    form->addRow(tr("API key:"), m_key);
    auto *team = wrappedLabel(translation);
    team->setText(tr("In a team, the lead's choice is the team's: it reaches every desk when it "
                     "comes online. Each desk keeps the service's key in its own keychain."));
    team->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(team);
    m_statement = wrappedLabel(translation);
    m_statement->setObjectName(QStringLiteral("translationStatement"));
    form->addRow(m_statement);
    m_state = wrappedLabel(translation);
    m_state->setObjectName(QStringLiteral("translationState"));
    form->addRow(m_state);
    layout->addWidget(translation);

    auto *spelling = new QGroupBox(tr("Spelling dictionaries on this computer"), this);
    auto *spellingLayout = new QVBoxLayout(spelling);
    m_dictionaries = wrappedLabel(spelling);
    m_dictionaries->setObjectName(QStringLiteral("dictionaryState"));
    spellingLayout->addWidget(m_dictionaries);
    layout->addWidget(spelling);
    layout->addStretch(1);

    auto config = Translation::ProviderConfig::ofWorkspace(m_workspaceDirectory);
    const Translation::ProviderConfig current =
        config ? config.value() : Translation::ProviderConfig{};
    if (!config)
        m_state->setText(config.error().userMessage);
    m_savedSettings = current.toJson();
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(current.provider)));
    m_address->setText(current.apiBaseUrl.toString());
    connect(m_provider, &QComboBox::currentIndexChanged, this, &LanguageToolsPage::showStatement);
    connect(m_address, &QLineEdit::textChanged, this, &LanguageToolsPage::showStatement);
    connect(m_languages, &QLineEdit::textChanged, this, &LanguageToolsPage::showDictionaries);
    showStatement();
    showDictionaries();
}

QByteArray LanguageToolsPage::chosenSettings() const
{
    Translation::ProviderConfig config;
    config.provider = m_provider->currentData().toString();
    config.apiBaseUrl = QUrl(m_address->text().trimmed());
    if (!config.staysOnDevice())
        config.keychainKey = Translation::ProviderConfig::defaultKeychainKey(config.provider);
    return config.toJson();
}

void LanguageToolsPage::showStatement()
{
    const QString provider = m_provider->currentData().toString();
    const bool remote = provider == u"libretranslate" || provider == u"deepl";
    m_address->setEnabled(remote);
    m_key->setEnabled(remote);
    auto config = Translation::ProviderConfig::fromJson(chosenSettings());
    m_statement->setText(config ? Translation::whereTextGoes(config.value())
                                : config.error().userMessage);
}

void LanguageToolsPage::showDictionaries()
{
    const Spelling::Dictionaries installed = Spelling::Dictionaries::installed();
    QStringList lines;
    QStringList languages;
    for (const QString &language : m_languages->text().split(
             QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        languages.append(language.toLower());
    for (const auto &[language, package] : spellingLanguages()) {
        if (!languages.contains(language))
            languages.append(language);
    }
    for (const QString &language : std::as_const(languages)) {
        const QString affix = installed.affixFileFor(language);
        QString package;
        for (const auto &[known, name] : spellingLanguages()) {
            if (known == language)
                package = name;
        }
        lines.append(
            affix.isEmpty()
                ? tr("%1: no dictionary; drafts in it are not checked (install %2).")
                      .arg(languageLabel(language),
                           package.isEmpty() ? tr("a hunspell dictionary") : package)
                : tr("%1: %2").arg(languageLabel(language), QFileInfo(affix).completeBaseName()));
    }
    m_dictionaries->setText(lines.join(u'\n'));
}

void LanguageToolsPage::setProviderState(const QString &provider, const QString &problem)
{
    if (!problem.isEmpty())
        m_state->setText(tr("Not available: %1").arg(problem));
    else if (!provider.isEmpty() && provider != u"off")
        m_state->setText(tr("Working."));
    else
        m_state->clear();
}

void LanguageToolsPage::apply()
{
    QStringList languages;
    for (const QString &language : m_languages->text().split(
             QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        languages.append(language);
    if (languages != m_preferences.agentLanguages()) {
        m_preferences.setAgentLanguages(languages);
        Q_EMIT agentLanguagesChanged(m_preferences.agentLanguages());
    }
    const QByteArray settings = chosenSettings();
    const QString key = m_key->text().trimmed();
    if (settings == m_savedSettings && key.isEmpty())
        return;
    if (!Translation::ProviderConfig::fromJson(settings))
        return; // the statement says why; the saved settings stay
    m_savedSettings = settings;
    m_key->clear();
    Q_EMIT translationSettingsSaved(settings, key);
}

} // namespace CareDesk::Gui
