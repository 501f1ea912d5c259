#pragma once

#include "review/Scorecard.h"

#include <QDialog>

namespace CareDesk::Gui {

// An agent's own QA reviews (Go › My QA reviews): what was scored, how, and what the reviewer said.
// Read only; deleted when closed.
class OwnReviewsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OwnReviewsDialog(const QList<Review::QaReview> &reviews, QWidget *parent = nullptr);

private:
    // The reviews as a page; everything the reviewer wrote is escaped.
    static QString reviewsHtml(const QList<Review::QaReview> &reviews);
};

} // namespace CareDesk::Gui
