#include "SettingsDialog.h"

#include "ui/common/Presentation.h"
#include "ui/common/SpellCheckedEdit.h"
#include "ui/settings/CannedTranslation.h"
#include "ui/settings/LanguageToolsPage.h"
#include "ui/settings/Preferences.h"

#include "security/CleartextUrl.h"
#include "triage/PhoneRegions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace CareDesk::Gui {

SettingsDialog::SettingsDialog(Preferences &preferences, const QList<ShortcutEntry> &shortcuts,
                               const QString &workspaceDirectory, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_shortcuts(shortcuts)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(buildGeneral(), tr("General"));
    m_tabs->addTab(buildCanned(), tr("Canned responses"));
    m_tabs->addTab(buildShortcuts(shortcuts), tr("Shortcuts"));
    m_tabs->addTab(buildChannels(), tr("Channels"));
    m_tabs->addTab(buildTeam(), tr("Team server"));
    m_languageTools = new LanguageToolsPage(m_preferences, workspaceDirectory, this);
    m_tabs->addTab(m_languageTools, tr("Languages"));
    layout->addWidget(m_tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        applyGeneral();
        m_languageTools->apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 520);
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

QWidget *SettingsDialog::buildGeneral()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_agentName = new QLineEdit(m_preferences.agentName(), page);
    m_agentName->setObjectName(QStringLiteral("agentNameEdit"));
    m_agentName->setAccessibleName(tr("Your name"));
    form->addRow(tr("Your name:"), m_agentName);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("interfaceLanguage"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_preferences.language())));
    form->addRow(tr("Interface language:"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language applies from the next start."), page));
    m_undoSeconds = new QSpinBox(page);
    m_undoSeconds->setObjectName(QStringLiteral("undoSecondsSpin"));
    m_undoSeconds->setAccessibleName(tr("Undo window in seconds"));
    m_undoSeconds->setRange(0, Preferences::MAX_UNDO_SECONDS);
    m_undoSeconds->setSuffix(tr(" s"));
    m_undoSeconds->setValue(m_preferences.undoSeconds());
    form->addRow(tr("Replies wait before sending, with Undo:"), m_undoSeconds);
    m_notifications =
        new QCheckBox(tr("Notify me of new conversations and replies falling due"), page);
    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    m_notifications->setChecked(m_preferences.notificationsEnabled());
    form->addRow(tr("Notifications:"), m_notifications);
    return page;
}

void SettingsDialog::applyGeneral()
{
    m_preferences.setAgentName(m_agentName->text());
    m_preferences.setLanguage(m_language->currentData().toString());
    m_preferences.setUndoSeconds(m_undoSeconds->value());
    m_preferences.setNotificationsEnabled(m_notifications->isChecked());
    for (int row = 0; row < m_shortcuts.size(); ++row) {
        auto *edit = qobject_cast<QKeySequenceEdit *>(m_shortcutTable->cellWidget(row, 1));
        if (edit && edit->keySequence() != m_shortcuts.at(row).key) {
            m_shortcuts[row].key = edit->keySequence();
            m_preferences.setShortcut(m_shortcuts.at(row).id, edit->keySequence());
        }
    }
}

QWidget *SettingsDialog::buildCanned()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    m_cannedList = new QListWidget(page);
    m_cannedList->setObjectName(QStringLiteral("cannedResponseList"));
    m_cannedList->setAccessibleName(tr("Canned responses"));
    m_cannedList->setMinimumWidth(230);
    auto *newButton = new QPushButton(tr("New"), page);
    newButton->setObjectName(QStringLiteral("newCannedButton"));
    auto *deleteButton = new QPushButton(tr("Delete"), page);
    deleteButton->setObjectName(QStringLiteral("deleteCannedButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(deleteButton);
    left->addWidget(m_cannedList, 1);
    left->addLayout(listButtons);
    layout->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_cannedTitle = new QLineEdit(page);
    m_cannedTitle->setObjectName(QStringLiteral("cannedTitleEdit"));
    m_cannedTitle->setAccessibleName(tr("Title"));
    m_cannedShortcut = new QLineEdit(page);
    m_cannedShortcut->setObjectName(QStringLiteral("cannedShortcutEdit"));
    m_cannedShortcut->setAccessibleName(tr("Shortcut"));
    m_cannedShortcut->setPlaceholderText(tr("/refund"));
    m_cannedCategory = new QComboBox(page);
    m_cannedCategory->setObjectName(QStringLiteral("cannedCategoryCombo"));
    m_cannedCategory->setAccessibleName(tr("Category"));
    m_cannedCategory->addItem(tr("Any category"), QString());
    for (const QString &category : categories())
        m_cannedCategory->addItem(categoryLabel(category), category);
    form->addRow(tr("Title:"), m_cannedTitle);
    form->addRow(tr("Typed as:"), m_cannedShortcut);
    form->addRow(tr("Category:"), m_cannedCategory);
    right->addLayout(form);
    right->addWidget(new QLabel(
        tr("Text in each language (variables: {customer.name}, {agent.name}, or your own "
           "such as {order}, asked for when used):"),
        page));
    m_cannedVariants = new QTableWidget(0, 2, page);
    m_cannedVariants->setObjectName(QStringLiteral("cannedVariantsTable"));
    m_cannedVariants->setAccessibleName(tr("Language variants"));
    m_cannedVariants->setHorizontalHeaderLabels({tr("Language"), tr("Text")});
    m_cannedVariants->horizontalHeader()->setStretchLastSection(true);
    m_cannedVariants->verticalHeader()->hide();
    m_cannedVariants->setWordWrap(true);
    // Each text is checked for spelling in its row's language.
    m_cannedVariants->setItemDelegateForColumn(
        1, new SpellCheckedDelegate(0, QStringLiteral("en"), m_cannedVariants));
    right->addWidget(m_cannedVariants, 1);
    auto *variantButtons = new QHBoxLayout;
    auto *addVariant = new QPushButton(tr("Add language"), page);
    addVariant->setObjectName(QStringLiteral("addVariantButton"));
    auto *removeVariant = new QPushButton(tr("Remove language"), page);
    auto *translateVariant = new QPushButton(tr("Translate…"), page);
    translateVariant->setObjectName(QStringLiteral("translateVariantButton"));
    translateVariant->setToolTip(tr("Machine-translate the selected language's text into another "
                                    "language, check it and add it"));
    auto *save = new QPushButton(tr("Save response"), page);
    save->setObjectName(QStringLiteral("saveCannedButton"));
    variantButtons->addWidget(addVariant);
    variantButtons->addWidget(removeVariant);
    variantButtons->addWidget(translateVariant);
    variantButtons->addStretch(1);
    variantButtons->addWidget(save);
    right->addLayout(variantButtons);
    layout->addLayout(right, 5);

    connect(m_cannedList, &QListWidget::currentRowChanged, this, &SettingsDialog::showCanned);
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_cannedList->setCurrentRow(-1);
        showCanned(-1);
        m_cannedTitle->setFocus();
    });
    connect(deleteButton, &QPushButton::clicked, this, [this] {
        if (m_editingId != 0)
            Q_EMIT cannedResponseRemoved(m_editingId);
    });
    connect(addVariant, &QPushButton::clicked, this, [this] {
        const int row = m_cannedVariants->rowCount();
        m_cannedVariants->insertRow(row);
        m_cannedVariants->setItem(
            row, 0, new QTableWidgetItem(QLocale().name().section(QLatin1Char('_'), 0, 0)));
        m_cannedVariants->setItem(row, 1, new QTableWidgetItem());
        m_cannedVariants->editItem(m_cannedVariants->item(row, 1));
    });
    connect(removeVariant, &QPushButton::clicked, this, [this] {
        if (m_cannedVariants->currentRow() >= 0)
            m_cannedVariants->removeRow(m_cannedVariants->currentRow());
    });
    connect(translateVariant, &QPushButton::clicked, this, &SettingsDialog::translateVariant);
    connect(save, &QPushButton::clicked, this, &SettingsDialog::saveCanned);
    showCanned(-1);
    return page;
}

void SettingsDialog::translateVariant()
{
    const int row = std::max(0, m_cannedVariants->currentRow());
    if (row >= m_cannedVariants->rowCount())
        return;
    const QString from = m_cannedVariants->item(row, 0)->text().trimmed();
    const QString text = m_cannedVariants->item(row, 1)->text().trimmed();
    if (text.isEmpty())
        return;
    QStringList present;
    for (int i = 0; i < m_cannedVariants->rowCount(); ++i)
        present.append(m_cannedVariants->item(i, 0)->text().trimmed());
    const QString to = askTargetLanguage(this, present);
    if (to.isEmpty() || to == from)
        return;
    m_cannedTranslation = {++m_cannedTranslation.first, text};
    Q_EMIT cannedTranslationRequested(m_cannedTranslation.first, m_editingId, text, from, to,
                                      m_preferences.agentName());
}

void SettingsDialog::showCannedTranslation(quint64 requestId,
                                           const Core::ReplyTranslation &translation)
{
    if (requestId != m_cannedTranslation.first)
        return;
    if (!translation.error.isEmpty()) {
        QMessageBox::warning(this, tr("Not translated"), translation.error);
        return;
    }
    CannedTranslationDialog dialog(m_cannedTranslation.second, translation, this);
    if (dialog.exec() != QDialog::Accepted || dialog.text().isEmpty())
        return;
    const int row = m_cannedVariants->rowCount();
    m_cannedVariants->insertRow(row);
    m_cannedVariants->setItem(row, 0, new QTableWidgetItem(translation.to));
    m_cannedVariants->setItem(row, 1, new QTableWidgetItem(dialog.text()));
}

void SettingsDialog::setCannedResponses(const QList<Core::CannedResponse> &responses)
{
    const qint64 editing = m_editingId;
    const QString editingTitle = m_cannedTitle->text();
    m_canned = responses;
    const QSignalBlocker blocker(m_cannedList);
    m_cannedList->clear();
    int select = -1;
    for (qsizetype i = 0; i < responses.size(); ++i) {
        const Core::CannedResponse &response = responses.at(i);
        m_cannedList->addItem(response.shortcut.isEmpty()
                                  ? response.title
                                  : tr("%1 (%2)").arg(response.title, response.shortcut));
        if ((editing != 0 && response.id == editing) ||
            (editing == 0 && response.title == editingTitle))
            select = static_cast<int>(i);
    }
    if (select < 0 && editingTitle.isEmpty() && !responses.isEmpty())
        select = 0;
    m_cannedList->setCurrentRow(select);
    showCanned(select);
}

void SettingsDialog::showCanned(int row)
{
    const Core::CannedResponse response =
        row >= 0 && row < m_canned.size() ? m_canned.at(row) : Core::CannedResponse{};
    m_editingId = response.id;
    m_cannedTitle->setText(response.title);
    m_cannedShortcut->setText(response.shortcut);
    m_cannedCategory->setCurrentIndex(std::max(0, m_cannedCategory->findData(response.category)));
    m_cannedVariants->setRowCount(0);
    QStringList languages = response.textByLanguage.keys();
    std::sort(languages.begin(), languages.end());
    for (const QString &language : languages) {
        const int at = m_cannedVariants->rowCount();
        m_cannedVariants->insertRow(at);
        m_cannedVariants->setItem(at, 0, new QTableWidgetItem(language));
        m_cannedVariants->setItem(at, 1,
                                  new QTableWidgetItem(response.textByLanguage.value(language)));
    }
    m_cannedVariants->resizeRowsToContents();
}

void SettingsDialog::saveCanned()
{
    Core::CannedResponse response;
    response.id = m_editingId;
    response.title = m_cannedTitle->text().trimmed();
    response.shortcut = m_cannedShortcut->text().trimmed();
    if (!response.shortcut.isEmpty() && !response.shortcut.startsWith(QLatin1Char('/')))
        response.shortcut.prepend(QLatin1Char('/'));
    response.category = m_cannedCategory->currentData().toString();
    for (int row = 0; row < m_cannedVariants->rowCount(); ++row) {
        const QTableWidgetItem *language = m_cannedVariants->item(row, 0);
        const QTableWidgetItem *text = m_cannedVariants->item(row, 1);
        if (language && text && !language->text().trimmed().isEmpty() &&
            !text->text().trimmed().isEmpty())
            response.textByLanguage.insert(language->text().trimmed().toLower(),
                                           text->text().trimmed());
    }
    if (response.title.isEmpty() || response.textByLanguage.isEmpty()) {
        QMessageBox::information(
            this, tr("Canned response"),
            tr("A canned response needs a title and a text in at least one language."));
        return;
    }
    Q_EMIT cannedResponseSaved(response);
}

QWidget *SettingsDialog::buildShortcuts(const QList<ShortcutEntry> &shortcuts)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(
        tr("Click a shortcut and press the new keys. Canned responses can have one too."), page));
    m_shortcutTable = new QTableWidget(static_cast<int>(shortcuts.size()), 2, page);
    m_shortcutTable->setObjectName(QStringLiteral("shortcutTable"));
    m_shortcutTable->setAccessibleName(tr("Keyboard shortcuts"));
    m_shortcutTable->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_shortcutTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_shortcutTable->horizontalHeader()->resizeSection(1, 220);
    m_shortcutTable->verticalHeader()->hide();
    for (int row = 0; row < shortcuts.size(); ++row) {
        auto *label = new QTableWidgetItem(shortcuts.at(row).label);
        label->setFlags(Qt::ItemIsEnabled);
        m_shortcutTable->setItem(row, 0, label);
        auto *edit = new QKeySequenceEdit(shortcuts.at(row).key, m_shortcutTable);
        edit->setObjectName(QStringLiteral("shortcut_") + shortcuts.at(row).id);
        edit->setAccessibleName(shortcuts.at(row).label);
        m_shortcutTable->setCellWidget(row, 1, edit);
    }
    layout->addWidget(m_shortcutTable, 1);
    return page;
}

QList<ShortcutEntry> SettingsDialog::shortcuts() const
{
    return m_shortcuts;
}

// The country a channel's customers mostly write from: their phone numbers without a country
// code are read as its numbers first, so a public reply carrying one is held back.
void SettingsDialog::buildChannelRegion(QVBoxLayout *layout)
{
    m_channelRegion = new QComboBox(layout->parentWidget());
    m_channelRegion->setObjectName(QStringLiteral("channelRegionCombo"));
    m_channelRegion->setAccessibleName(tr("Country of the channel's phone numbers"));
    const QString own = Triage::PhoneRegions::ofLocale(QLocale::system());
    m_channelRegion->addItem(
        tr("This computer's country (%1)")
            .arg(own.isEmpty() ? tr("none")
                               : QLocale::territoryToString(QLocale::codeToTerritory(own))),
        QString());
    QList<std::pair<QString, QString>> regions;
    for (const QString &code : Triage::PhoneRegions::supported()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        if (territory != QLocale::AnyTerritory)
            regions.append({QLocale::territoryToString(territory), code});
    }
    std::sort(regions.begin(), regions.end());
    for (const auto &[name, code] : std::as_const(regions))
        m_channelRegion->addItem(name + QStringLiteral(" (") + code + QLatin1Char(')'), code);
    m_channelRegion->setToolTip(tr("Phone numbers written without a country code are read as "
                                   "this country's first, then as those of the customer's "
                                   "language, so that a public reply with one is held back"));
    auto *row = new QFormLayout;
    row->addRow(tr("Customers' phone numbers are from:"), m_channelRegion);
    // Public replies signed by a person, as care teams do on X ("^AG") and Facebook ("-Ana").
    m_channelSignOff = new QComboBox(layout->parentWidget());
    m_channelSignOff->setObjectName(QStringLiteral("channelSignOffCombo"));
    m_channelSignOff->setAccessibleName(tr("How public replies are signed"));
    m_channelSignOff->addItem(tr("Not signed"), QStringLiteral("none"));
    m_channelSignOff->addItem(tr("With the agent's initials (^AG)"), QStringLiteral("initials"));
    m_channelSignOff->addItem(tr("With the agent's first name (-Ana)"),
                              QStringLiteral("first-name"));
    m_channelSignOff->setToolTip(tr("Added to each public reply once, counted in the platform's "
                                    "length and shown under the composer"));
    row->addRow(tr("Sign public replies:"), m_channelSignOff);
    layout->addLayout(row);
    connect(m_channelSignOff, &QComboBox::activated, this, [this](int index) {
        const QTableWidgetItem *selected = m_channelTable->item(m_channelTable->currentRow(), 0);
        if (!selected) {
            m_channelSignIn->setText(tr("Choose a channel first."));
            return;
        }
        Q_EMIT channelSignOffChanged(selected->data(Qt::UserRole).toLongLong(),
                                     m_channelSignOff->itemData(index).toString());
    });
    connect(m_channelTable, &QTableWidget::currentCellChanged, this, [this](int current) {
        const QTableWidgetItem *item = m_channelTable->item(current, 0);
        const int index =
            m_channelRegion->findData(item ? item->data(Qt::UserRole + 1).toString() : QString());
        m_channelRegion->setCurrentIndex(std::max(0, index));
        m_channelSignOff->setCurrentIndex(
            std::max(0, m_channelSignOff->findData(item ? item->data(Qt::UserRole + 2).toString()
                                                        : QString())));
    });
    connect(m_channelRegion, &QComboBox::activated, this, [this](int index) {
        const QTableWidgetItem *selected = m_channelTable->item(m_channelTable->currentRow(), 0);
        if (!selected) {
            m_channelSignIn->setText(tr("Choose a channel first."));
            return;
        }
        Q_EMIT channelRegionChanged(selected->data(Qt::UserRole).toLongLong(),
                                    m_channelRegion->itemData(index).toString());
    });
}

QWidget *SettingsDialog::buildChannels()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_channelTable = new QTableWidget(0, 6, page);
    m_channelTable->setObjectName(QStringLiteral("channelTable"));
    m_channelTable->setAccessibleName(tr("Channels"));
    m_channelTable->setHorizontalHeaderLabels({tr("Channel"), tr("Platform"), tr("State"),
                                               tr("Last received"), tr("Quota left"),
                                               tr("Problem")});
    m_channelTable->horizontalHeader()->setStretchLastSection(true);
    m_channelTable->verticalHeader()->hide();
    m_channelTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_channelTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_channelTable->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_channelTable, 1);
    auto *connectButton = new QPushButton(tr("Sign in to the account…"), page);
    connectButton->setObjectName(QStringLiteral("connectChannelButton"));
    connectButton->setToolTip(tr("Opens the platform's sign-in in your browser; needed when a "
                                 "channel says it must be signed "
                                 "in again"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(connectButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    buildChannelRegion(layout);
    m_channelSignIn = new QLabel(page);
    m_channelSignIn->setObjectName(QStringLiteral("channelSignInLabel"));
    m_channelSignIn->setTextFormat(Qt::PlainText);
    m_channelSignIn->setWordWrap(true);
    m_channelSignIn->setTextInteractionFlags(
        Qt::TextSelectableByMouse); // the address can be copied
    layout->addWidget(m_channelSignIn);
    auto *help = new QLabel(
        tr("Channels are added with caredesk-cli channel add; their tokens are kept in the system "
           "keychain. In a team, the server runs the channels."),
        page);
    help->setWordWrap(true);
    layout->addWidget(help);
    connect(connectButton, &QPushButton::clicked, this, [this] {
        const QTableWidgetItem *selected =
            m_channelTable->item(std::max(0, m_channelTable->currentRow()), 0);
        if (!selected) {
            m_channelSignIn->setText(tr("Choose a channel first."));
            return;
        }
        Q_EMIT connectChannelRequested(selected->data(Qt::UserRole).toLongLong());
    });
    return page;
}

QWidget *SettingsDialog::buildTeam()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(
        tr("Signed in to your team's server, the team's conversations come to this inbox and each "
           "has exactly one owner. Your password is never stored; the session is kept in the "
           "system keychain."),
        page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_teamServer = new QLineEdit(m_preferences.teamServer(), page);
    m_teamServer->setObjectName(QStringLiteral("teamServerEdit"));
    m_teamServer->setAccessibleName(tr("Team server address"));
    m_teamServer->setPlaceholderText(QStringLiteral("https://care.example.com:8484"));
    m_teamLogin = new QLineEdit(m_preferences.teamLogin(), page);
    m_teamLogin->setObjectName(QStringLiteral("teamLoginEdit"));
    m_teamLogin->setAccessibleName(tr("Login"));
    m_teamPassword = new QLineEdit(page);
    m_teamPassword->setObjectName(QStringLiteral("teamPasswordEdit"));
    m_teamPassword->setAccessibleName(tr("Password"));
    m_teamPassword->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Server:"), m_teamServer);
    form->addRow(tr("Login:"), m_teamLogin);
    form->addRow(tr("Password:"), m_teamPassword);
    layout->addLayout(form);
    m_teamInsecure = new QLabel(
        tr("Warning: this address is plain http:// to another machine. Your password and session "
           "would cross the network unencrypted; ask for the server's https:// address."),
        page);
    m_teamInsecure->setObjectName(QStringLiteral("teamInsecureWarning"));
    m_teamInsecure->setTextFormat(Qt::PlainText);
    m_teamInsecure->setWordWrap(true);
    layout->addWidget(m_teamInsecure);
    const auto warnIfInsecure = [this] {
        m_teamInsecure->setVisible(
            Security::crossesNetworkInClear(QUrl::fromUserInput(m_teamServer->text().trimmed())));
    };
    warnIfInsecure();
    connect(m_teamServer, &QLineEdit::textChanged, this, warnIfInsecure);
    auto *buttons = new QHBoxLayout;
    auto *signIn = new QPushButton(tr("Sign in"), page);
    signIn->setObjectName(QStringLiteral("teamSignInButton"));
    auto *signOut = new QPushButton(tr("Sign out"), page);
    signOut->setObjectName(QStringLiteral("teamSignOutButton"));
    auto *signOutEverywhere = new QPushButton(tr("Sign out everywhere"), page);
    signOutEverywhere->setObjectName(QStringLiteral("teamSignOutEverywhereButton"));
    signOutEverywhere->setToolTip(
        tr("End your sessions on every computer, for example after losing a laptop."));
    buttons->addWidget(signIn);
    buttons->addWidget(signOut);
    buttons->addWidget(signOutEverywhere);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_teamState = new QLabel(
        m_preferences.teamServer().isEmpty() ? tr("Not signed in: working solo.") : QString(),
        page);
    m_teamState->setObjectName(QStringLiteral("teamStatusLabel"));
    m_teamState->setTextFormat(Qt::PlainText);
    m_teamState->setWordWrap(true);
    layout->addWidget(m_teamState);
    layout->addStretch(1);
    connect(signIn, &QPushButton::clicked, this, [this] {
        const QUrl server = QUrl::fromUserInput(m_teamServer->text().trimmed());
        if (!server.isValid() || server.host().isEmpty() ||
            m_teamLogin->text().trimmed().isEmpty() || m_teamPassword->text().isEmpty()) {
            m_teamState->setText(tr("Enter the server's address, your login and your password."));
            return;
        }
        m_teamState->setText(tr("Signing in…"));
        Q_EMIT teamSignInRequested(server, m_teamLogin->text().trimmed(), m_teamPassword->text());
        m_teamPassword->clear(); // held no longer than needed
    });
    connect(signOut, &QPushButton::clicked, this, &SettingsDialog::teamSignOutRequested);
    connect(signOutEverywhere, &QPushButton::clicked, this,
            &SettingsDialog::teamSignOutEverywhereRequested);
    return page;
}

void SettingsDialog::setTeamState(const QString &state, const QString &detail)
{
    if (state == u"online")
        m_teamState->setText(tr("Signed in and up to date."));
    else if (state == u"offline")
        m_teamState->setText(detail);
    else if (state == u"connecting")
        m_teamState->setText(tr("Connecting…"));
    else
        m_teamState->setText(detail.isEmpty() ? tr("Not signed in: working solo.") : detail);
}

void SettingsDialog::setChannelSignIn(const QString &text)
{
    m_channelSignIn->setText(text);
}

void SettingsDialog::setChannels(const QList<Core::ChannelSummary> &channels)
{
    const QTableWidgetItem *selected = m_channelTable->item(m_channelTable->currentRow(), 0);
    const qint64 selectedId = selected ? selected->data(Qt::UserRole).toLongLong() : 0;
    m_channelTable->setRowCount(0);
    const QLocale locale;
    for (const Core::ChannelSummary &channel : channels) {
        const int row = m_channelTable->rowCount();
        m_channelTable->insertRow(row);
        QString state;
        if (!channel.polled)
            state = tr("History only");
        else if (channel.health == u"ok")
            state = tr("OK");
        else if (channel.health == u"needs-authorisation")
            state = tr("Needs sign-in again");
        else if (channel.health == u"rate-limited")
            state = tr("Rate limited");
        else if (channel.health == u"backing-off")
            state = tr("Retrying");
        else
            state = tr("Not set up");
        const QString quota =
            channel.quotaLimit > 0
                ? tr("%1 of %2").arg(channel.quotaRemaining).arg(channel.quotaLimit)
                : tr("not reported");
        const QStringList cells{
            channel.name,
            platformLabel(channel.platform),
            state,
            channel.lastReceivedAt.isValid()
                ? locale.toString(channel.lastReceivedAt.toLocalTime(), QLocale::ShortFormat)
                : tr("never"),
            quota,
            channel.lastError};
        for (int column = 0; column < cells.size(); ++column)
            m_channelTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_channelTable->item(row, 0)->setData(Qt::UserRole, channel.id);
        m_channelTable->item(row, 0)->setData(Qt::UserRole + 1, channel.region);
        m_channelTable->item(row, 0)->setData(Qt::UserRole + 2, channel.signOff);
        if (channel.id == selectedId)
            m_channelTable->selectRow(row);
    }
    m_channelTable->resizeColumnsToContents();
}

} // namespace CareDesk::Gui
