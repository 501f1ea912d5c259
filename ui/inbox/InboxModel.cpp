#include "InboxModel.h"

#include "Clock.h"
#include "ui/common/Presentation.h"

#include <QBrush>
#include <QFont>
#include <QRegularExpression>

namespace CareDesk::Gui {

namespace {

// "@NorthwindCare @support my phone…" -> "my phone…": the words, not the addressing, fit the
// column.
QString withoutLeadingMentions(const QString &text)
{
    static const QRegularExpression leadingMentions(QStringLiteral("^(?:\\s*@\\w+)+\\s*"),
                                                    QRegularExpression::UseUnicodePropertiesOption);
    const QString stripped = QString(text).remove(leadingMentions);
    return stripped.isEmpty() ? text : stripped;
}

} // namespace

InboxModel::InboxModel(const Core::Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Core::InboxRow &row = m_rows.at(index.row());
    if (role == ConversationIdRole)
        return row.conversationId;

    const QDateTime now = m_clock.now();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CustomerColumn:
            // The name is isolated so a right-to-left name does not reorder the row around it.
            return tr("%1%2 · %3")
                .arg(QChar(0x2068) + row.customerName + QChar(0x2069),
                     row.customerVerified ? QStringLiteral(" \u2713") : QString(),
                     compactFollowers(row.customerFollowers));
        case MessageColumn:
            // A draft the agent started is marked, so it is not forgotten.
            {
                QString text = withoutLeadingMentions(row.preview);
                if (row.handoffWaiting)
                    text = tr("[Waiting in private] %1").arg(text);
                if (row.escalated)
                    text = tr("[Escalated] %1").arg(text);
                else if (row.flagged)
                    text = tr("[Flagged] %1").arg(text);
                return row.hasDraft ? tr("[Draft] %1").arg(text) : text;
            }
        case CategoryColumn:
            return categoryLabel(row.category);
        case AssigneeColumn:
            return row.assignee.isEmpty() ? tr("Queue") : row.assignee;
        case ChannelColumn:
            return QVariant(); // the visibility mark; the channel is in the tooltip
        case LanguageColumn:
            return languageCode(row.language);
        case WaitingColumn:
            return row.waitingSince.isValid() ? durationLabel(row.waitingSince.secsTo(now))
                                              : QString();
        case UnaddressedColumn:
            return row.unaddressedCount > 0 ? QString::number(row.unaddressedCount) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CustomerColumn)
            return tr("@%1 · %2").arg(row.customerHandle, followersLabel(row.customerFollowers));
        if (index.column() == MessageColumn)
            return tr("Priority %1 · %2").arg(row.priority).arg(statusLabel(row.status));
        if (index.column() == ChannelColumn)
            return row.visibility == Core::Visibility::Private
                       ? tr("%1 · private messages").arg(row.channelName)
                       : tr("%1 · public").arg(row.channelName);
        if (index.column() == WaitingColumn && row.slaDue.isValid())
            return tr("Reply due %1")
                .arg(QLocale().toString(row.slaDue.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == LanguageColumn)
            return languageLabel(row.language);
        if (index.column() == UnaddressedColumn)
            return tr("%n message(s) not answered yet", nullptr, row.unaddressedCount);
        break;
    case Qt::DecorationRole:
        if (index.column() == ChannelColumn)
            return visibilityIcon(row.visibility);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == ChannelColumn)
            return tr("%1, %2").arg(platformLabel(row.platform), visibilityLabel(row.visibility));
        break;
    case Qt::ForegroundRole:
        if (index.column() == WaitingColumn && row.unaddressedCount > 0)
            return QBrush(slaColor(slaState(row.slaDue, now)));
        break;
    case Qt::FontRole:
        if (row.unaddressedCount > 0 &&
            (index.column() == CustomerColumn || index.column() == WaitingColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == UnaddressedColumn || index.column() == WaitingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == LanguageColumn)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == ChannelColumn && role == Qt::ToolTipRole)
        return tr("Channel: an open ring is public, a dot is private");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case MessageColumn:
        return tr("Message");
    case ChannelColumn:
        return QString();
    case LanguageColumn:
        return tr("Lang.");
    case CategoryColumn:
        return tr("Category");
    case AssigneeColumn:
        return tr("Agent");
    case WaitingColumn:
        return tr("Waiting");
    case UnaddressedColumn:
        return tr("Open");
    }
    return {};
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && m_pendingRequest == 0;
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_pendingRequest = ++m_lastRequest;
    m_pendingIsFirstPage = false;
    Q_EMIT pageRequested(m_pendingRequest, m_query, m_next, PAGE_SIZE);
}

void InboxModel::reload()
{
    m_pendingRequest = ++m_lastRequest;
    m_pendingIsFirstPage = true;
    Q_EMIT pageRequested(m_pendingRequest, m_query, Core::InboxCursor{}, PAGE_SIZE);
}

void InboxModel::setQuery(const Core::InboxQuery &query)
{
    m_query = query;
    reload();
}

const Core::InboxRow *InboxModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void InboxModel::handlePageLoaded(quint64 requestId, const Core::InboxPage &page)
{
    if (requestId != m_pendingRequest)
        return; // an answer to a request a reload has since replaced
    m_pendingRequest = 0;
    if (m_pendingIsFirstPage) {
        beginResetModel();
        m_rows = page.rows;
        endResetModel();
    } else if (!page.rows.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
        m_rows.append(page.rows);
        endInsertRows();
    }
    m_next = page.next;
    m_hasMore = page.hasMore;
    if (m_pendingIsFirstPage)
        Q_EMIT firstPageLoaded();
}

qint64 InboxModel::conversationIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).conversationId : 0;
}

int InboxModel::rowOf(qint64 conversationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).conversationId == conversationId)
            return row;
    }
    return -1;
}

} // namespace CareDesk::Gui
