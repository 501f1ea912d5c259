// Inbox: the list of conversations with its views, filters, counts and search results.
// May use: ui/common, caredesk_core's model types and clock, Qt Widgets.
#pragma once

#include "model/Inbox.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTabBar;
class QTreeView;
class QVBoxLayout;

namespace CareDesk::Gui {

class InboxModel;

// The inbox: the views (mine, unassigned, all) with their counts, the filters, and the list.
class InboxPanel final : public QWidget
{
    Q_OBJECT

public:
    enum class View { Mine, Unassigned, All, Detractors, Escalations };

    InboxPanel(InboxModel *model, QWidget *parent = nullptr);

    QTreeView *list() const { return m_list; }
    View view() const { return m_view; }
    void setView(View view);
    // The leads' views (Detractors, Escalations) are shown to leads and admins, and at a desk of
    // one's own.
    void setLeadViews(bool shown);
    // The agent the Mine view is about.
    void setAgent(const QString &agent);
    // A notice above the inbox that concerns the agent's day (the shift-change post).
    void addBanner(QWidget *banner);
    // The query the list shows: the view and the filters.
    Core::InboxQuery query() const;

    void handleCounts(const Core::InboxCounts &counts);
    void handleChannels(const QList<Core::ChannelSummary> &channels, const QStringList &languages);
    // Puts the cursor in the search field.
    void focusSearch();
    void handleSearchResults(const QString &query, const QList<Core::SearchHit> &hits);

Q_SIGNALS:
    // The view or a filter changed; the counts should be asked for again.
    void queryChanged(const CareDesk::Core::InboxQuery &query);
    void searchRequested(const QString &query);
    // A search result was opened.
    void conversationActivated(qint64 conversationId);

private:
    void buildTop(QVBoxLayout *layout);
    void buildFilters(QVBoxLayout *layout);
    void buildList(QVBoxLayout *layout);
    void applyQuery();
    static void refill(QComboBox *box, const QList<std::pair<QString, QVariant>> &items);

    InboxModel *m_model = nullptr;
    QTabBar *m_views = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_status = nullptr;
    QTreeView *m_list = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QStackedWidget *m_stack = nullptr;
    View m_view = View::All;
    QString m_agent;
};

} // namespace CareDesk::Gui
