#pragma once

#include "model/CrmRecord.h"

#include <QList>
#include <QString>

#include <utility>

namespace CareDesk::Crm {

// How an e-mail address, a phone number or a handle is compared when a customer is matched:
// each written form of one contact gives the same key. Empty when the text is not one.

// "Ana.Gil@Example.org " -> "ana.gil@example.org".
QString emailKey(const QString &text);
// "+34 612 34 56 78", "612345678" (region ES), "0034612345678" -> "+34612345678": E.164, read
// with libphonenumber, `region` (ISO 3166, "ES") for a number written without a country code.
QString phoneKey(const QString &text, const QString &region);
// "+34612345678" -> "612345678": the number as written at home, digits only, for CRMs that keep
// numbers without their country code.
QString nationalDigits(const QString &e164);
// "@Ana_G", "ana_g" -> "ana_g"; "Ana  Gil" -> "ana gil".
QString handleKey(const QString &text);

// Every key a customer record is found by: ("email", key), ("phone", key), ("handle", key).
// Phone numbers without a country code are read as from `region`.
QList<std::pair<QString, QString>> keysOf(const Core::CrmRecord &record, const QString &region);

} // namespace CareDesk::Crm
