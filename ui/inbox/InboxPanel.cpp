#include "InboxPanel.h"

#include "ui/common/Presentation.h"
#include "ui/inbox/InboxModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

// The status filter's choices: the working inbox first.
enum StatusChoice { Working, OnlyNew, OnlyOpen, OnlyPending, OnlyResolved, AnyStatus };

} // namespace

InboxPanel::InboxPanel(InboxModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("inboxPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    buildTop(layout);
    buildFilters(layout);
    buildList(layout);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_search->text().trimmed().isEmpty())
            Q_EMIT searchRequested(m_search->text().trimmed());
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            m_stack->setCurrentWidget(m_list); // cleared: back to the inbox
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT conversationActivated(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT conversationActivated(item->data(Qt::UserRole).toLongLong());
    });

    connect(m_views, &QTabBar::currentChanged, this, [this](int index) {
        m_view = static_cast<View>(index);
        applyQuery();
    });
    for (QComboBox *box : {m_status, m_channel, m_category, m_language})
        connect(box, &QComboBox::activated, this, &InboxPanel::applyQuery);
    handleCounts({});
}

void InboxPanel::buildTop(QVBoxLayout *layout)
{
    m_views = new QTabBar(this);
    m_views->setObjectName(QStringLiteral("inboxViews"));
    m_views->setAccessibleName(tr("Inbox views"));
    m_views->setDrawBase(false);
    m_views->setExpanding(false);
    m_views->addTab(tr("Mine"));
    m_views->addTab(tr("Unassigned"));
    m_views->addTab(tr("All"));
    m_views->addTab(tr("Detractors"));
    m_views->setTabToolTip(static_cast<int>(View::Detractors),
                           tr("Customers who answered the satisfaction survey unhappily, until "
                              "their conversation is resolved again"));
    m_views->addTab(tr("Escalations"));
    m_views->setTabToolTip(static_cast<int>(View::Escalations),
                           tr("Cases handed up by an agent or a rule, until someone takes them"));
    m_views->setCurrentIndex(static_cast<int>(View::All));
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 4, 0);
    top->addWidget(m_views);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setAccessibleName(tr("Search messages and customers"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    layout->addLayout(top);
}

void InboxPanel::buildFilters(QVBoxLayout *layout)
{
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(4, 0, 4, 0);
    const auto makeFilter = [this, filters](const QString &name, const QString &accessible) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->setAccessibleName(accessible);
        // Long channel names must not widen the whole window.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(3);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // the filters share the row
        filters->addWidget(box);
        return box;
    };
    m_status = makeFilter(QStringLiteral("statusFilter"), tr("Status filter"));
    m_status->addItem(tr("Unresolved"), Working);
    m_status->addItem(tr("New"), OnlyNew);
    m_status->addItem(tr("Open"), OnlyOpen);
    m_status->addItem(tr("Pending"), OnlyPending);
    m_status->addItem(tr("Resolved"), OnlyResolved);
    m_status->addItem(tr("Any status"), AnyStatus);
    m_channel = makeFilter(QStringLiteral("channelFilter"), tr("Channel filter"));
    m_channel->addItem(tr("All channels"), 0);
    m_category = makeFilter(QStringLiteral("categoryFilter"), tr("Category filter"));
    m_category->addItem(tr("All categories"), QString());
    for (const QString &category : categories())
        m_category->addItem(categoryLabel(category), category);
    m_language = makeFilter(QStringLiteral("languageFilter"), tr("Language filter"));
    m_language->addItem(tr("All languages"), QString());
    layout->addLayout(filters);
}

void InboxPanel::buildList(QVBoxLayout *layout)
{
    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("inboxView"));
    m_list->setAccessibleName(tr("Inbox"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(InboxModel::MessageColumn, QHeaderView::Stretch);
    header->resizeSection(InboxModel::ChannelColumn, 30);
    header->resizeSection(InboxModel::CustomerColumn, 160);
    header->resizeSection(InboxModel::LanguageColumn, 40);
    header->resizeSection(InboxModel::CategoryColumn, 74);
    header->resizeSection(InboxModel::WaitingColumn, 76);
    header->resizeSection(InboxModel::UnaddressedColumn, 38);
    header->resizeSection(InboxModel::AssigneeColumn, 66);
    header->setMinimumSectionSize(30);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_results);
    layout->addWidget(m_stack, 1);
}

void InboxPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void InboxPanel::handleSearchResults(const QString &query, const QList<Core::SearchHit> &hits)
{
    if (query != m_search->text().trimmed())
        return; // the agent typed on meanwhile
    m_results->clear();
    const QLocale locale;
    for (const Core::SearchHit &hit : hits) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2\n%3")
                .arg(hit.customer,
                     locale.toString(hit.createdAt.toLocalTime(), QLocale::ShortFormat),
                     hit.text.simplified()),
            m_results);
        item->setData(Qt::UserRole, hit.conversationId);
    }
    if (hits.isEmpty())
        m_results->addItem(tr("Nothing found for \"%1\".").arg(query));
    m_stack->setCurrentWidget(m_results);
}

void InboxPanel::setView(View view)
{
    m_views->setCurrentIndex(static_cast<int>(view)); // applies the query when it changes
}

void InboxPanel::addBanner(QWidget *banner)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, banner);
}

void InboxPanel::setAgent(const QString &agent)
{
    m_agent = agent;
}

Core::InboxQuery InboxPanel::query() const
{
    Core::InboxQuery query;
    switch (m_status->currentData().toInt()) {
    case OnlyNew:
        query.statuses = {Core::ConversationStatus::New};
        break;
    case OnlyOpen:
        query.statuses = {Core::ConversationStatus::Open};
        break;
    case OnlyPending:
        query.statuses = {Core::ConversationStatus::Pending};
        break;
    case OnlyResolved:
        query.statuses = {Core::ConversationStatus::Resolved};
        break;
    case AnyStatus:
        query.statuses = {};
        break;
    default:
        break; // the working inbox: everything not resolved
    }
    query.channelId = m_channel->currentData().toLongLong();
    query.category = m_category->currentData().toString();
    query.language = m_language->currentData().toString();
    switch (m_view) {
    case View::Mine:
        query.assigneeFilter = Core::AssigneeFilter::Agent;
        query.assignee = m_agent;
        break;
    case View::Unassigned:
        query.assigneeFilter = Core::AssigneeFilter::Unassigned;
        break;
    case View::All:
        break;
    case View::Detractors:
        query.detractorsOnly = true;
        break;
    case View::Escalations:
        query.escalatedOnly = true;
        break;
    }
    return query;
}

void InboxPanel::applyQuery()
{
    const Core::InboxQuery current = query();
    m_model->setQuery(current);
    Q_EMIT queryChanged(current);
}

void InboxPanel::handleCounts(const Core::InboxCounts &counts)
{
    m_views->setTabText(static_cast<int>(View::Mine), tr("Mine (%1)").arg(counts.mine));
    m_views->setTabText(static_cast<int>(View::Unassigned),
                        tr("Unassigned (%1)").arg(counts.unassigned));
    m_views->setTabText(static_cast<int>(View::All), tr("All (%1)").arg(counts.all));
    m_views->setTabText(static_cast<int>(View::Detractors),
                        tr("Detractors (%1)").arg(counts.detractors));
    m_views->setTabText(static_cast<int>(View::Escalations),
                        tr("Escalations (%1)").arg(counts.escalations));
}

void InboxPanel::setLeadViews(bool shown)
{
    if (!shown && (m_view == View::Detractors || m_view == View::Escalations))
        setView(View::All);
    m_views->setTabVisible(static_cast<int>(View::Detractors), shown);
    m_views->setTabVisible(static_cast<int>(View::Escalations), shown);
}

void InboxPanel::refill(QComboBox *box, const QList<std::pair<QString, QVariant>> &items)
{
    // Keeps the agent's choice when the list of choices is refreshed.
    const QVariant chosen = box->currentData();
    const QSignalBlocker blocker(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const auto &[label, value] : items)
        box->addItem(label, value);
    const int index = box->findData(chosen);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

void InboxPanel::handleChannels(const QList<Core::ChannelSummary> &channels,
                                const QStringList &languages)
{
    QList<std::pair<QString, QVariant>> channelItems;
    for (const Core::ChannelSummary &channel : channels)
        channelItems.append(
            {tr("%1 (%2)").arg(channel.name, platformLabel(channel.platform)), channel.id});
    refill(m_channel, channelItems);
    QList<std::pair<QString, QVariant>> languageItems;
    for (const QString &code : languages)
        languageItems.append({languageLabel(code), code});
    refill(m_language, languageItems);
}

} // namespace CareDesk::Gui
