#pragma once

#include "model/Inbox.h"

#include <QAbstractTableModel>

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Gui {

// The inbox list. Rows arrive a page at a time from the workspace (never the whole table), so
// the list stays fast however many conversations there are.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ChannelColumn,
        CustomerColumn,
        MessageColumn,
        LanguageColumn,
        CategoryColumn,
        WaitingColumn,
        UnaddressedColumn,
        AssigneeColumn,
        ColumnCount
    };
    enum Role { ConversationIdRole = Qt::UserRole + 1 };

    explicit InboxModel(const Core::Clock &clock, QObject *parent = nullptr);

    static constexpr int PAGE_SIZE = 100;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Drops what is shown and asks for the first page again.
    void reload();
    // Shows another view or filter: from its first page.
    void setQuery(const Core::InboxQuery &query);
    const Core::InboxQuery &query() const { return m_query; }
    // The row as shown, for views that need more than one column.
    const Core::InboxRow *rowAt(int row) const;
    void handlePageLoaded(quint64 requestId, const Core::InboxPage &page);
    qint64 conversationIdAt(int row) const;
    int rowOf(qint64 conversationId) const;

Q_SIGNALS:
    void pageRequested(quint64 requestId, const CareDesk::Core::InboxQuery &query,
                       const CareDesk::Core::InboxCursor &after, int limit);
    void firstPageLoaded();

private:
    const Core::Clock &m_clock;
    Core::InboxQuery m_query;
    QList<Core::InboxRow> m_rows;
    Core::InboxCursor m_next;
    bool m_hasMore = false;
    quint64 m_pendingRequest = 0; // 0: none in flight
    quint64 m_lastRequest = 0;
    bool m_pendingIsFirstPage = false;
};

} // namespace CareDesk::Gui
