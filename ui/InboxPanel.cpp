#include "InboxPanel.h"

#include "InboxModel.h"
#include "Presentation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

// The status filter's choices: the working inbox first.
enum StatusChoice { Working, OnlyNew, OnlyOpen, OnlyPending, OnlyResolved, AnyStatus };

} // namespace

InboxPanel::InboxPanel(InboxModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("inboxPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_views = new QTabBar(this);
    m_views->setObjectName(QStringLiteral("inboxViews"));
    m_views->setAccessibleName(tr("Inbox views"));
    m_views->setDrawBase(false);
    m_views->setExpanding(false);
    m_views->addTab(tr("Mine"));
    m_views->addTab(tr("Unassigned"));
    m_views->addTab(tr("All"));
    m_views->setCurrentIndex(static_cast<int>(View::All));
    layout->addWidget(m_views);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(4, 0, 4, 0);
    const auto makeFilter = [this, filters](const QString &name, const QString &accessible) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->setAccessibleName(accessible);
        // Long channel names must not widen the whole window.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(3);
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
    filters->addStretch(1);
    layout->addLayout(filters);

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
    header->resizeSection(InboxModel::WaitingColumn, 62);
    header->resizeSection(InboxModel::UnaddressedColumn, 38);
    header->resizeSection(InboxModel::AssigneeColumn, 66);
    header->setMinimumSectionSize(30);
    layout->addWidget(m_list, 1);

    connect(m_views, &QTabBar::currentChanged, this, [this](int index) {
        m_view = static_cast<View>(index);
        applyQuery();
    });
    for (QComboBox *box : {m_status, m_channel, m_category, m_language})
        connect(box, &QComboBox::activated, this, &InboxPanel::applyQuery);
    handleCounts({});
}

void InboxPanel::setView(View view)
{
    m_views->setCurrentIndex(static_cast<int>(view)); // applies the query when it changes
}

void InboxPanel::setAgent(const QString &agent)
{
    m_agent = agent;
}

Core::InboxQuery InboxPanel::query() const
{
    Core::InboxQuery query;
    switch (m_status->currentData().toInt()) {
    case OnlyNew: query.statuses = {Core::ConversationStatus::New}; break;
    case OnlyOpen: query.statuses = {Core::ConversationStatus::Open}; break;
    case OnlyPending: query.statuses = {Core::ConversationStatus::Pending}; break;
    case OnlyResolved: query.statuses = {Core::ConversationStatus::Resolved}; break;
    case AnyStatus: query.statuses = {}; break;
    default: break; // the working inbox: everything not resolved
    }
    query.channelId = m_channel->currentData().toLongLong();
    query.category = m_category->currentData().toString();
    query.language = m_language->currentData().toString();
    switch (m_view) {
    case View::Mine:
        query.assigneeFilter = Core::AssigneeFilter::Agent;
        query.assignee = m_agent;
        break;
    case View::Unassigned: query.assigneeFilter = Core::AssigneeFilter::Unassigned; break;
    case View::All: break;
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
    m_counts = counts;
    m_views->setTabText(static_cast<int>(View::Mine), tr("Mine (%1)").arg(counts.mine));
    m_views->setTabText(static_cast<int>(View::Unassigned), tr("Unassigned (%1)").arg(counts.unassigned));
    m_views->setTabText(static_cast<int>(View::All), tr("All (%1)").arg(counts.all));
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

void InboxPanel::handleChannels(const QList<Core::ChannelSummary> &channels, const QStringList &languages)
{
    QList<std::pair<QString, QVariant>> channelItems;
    for (const Core::ChannelSummary &channel : channels)
        channelItems.append({tr("%1 (%2)").arg(channel.name, platformLabel(channel.platform)), channel.id});
    refill(m_channel, channelItems);
    QList<std::pair<QString, QVariant>> languageItems;
    for (const QString &code : languages)
        languageItems.append({languageLabel(code), code});
    refill(m_language, languageItems);
}

} // namespace CareDesk::Gui
