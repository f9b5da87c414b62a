#pragma once

#include <QString>

namespace WalletDesk::Masking {

// Personal data leaves the server masked (DESIGN.md, "Security"):
// phone numbers 3 + 4, card numbers at most first 6 + last 4, ID numbers
// first and last 4, names partly, e-mail addresses partly.
QString phone(const QString &number);
QString card(const QString &number);
QString idNumber(const QString &number);
QString name(const QString &fullName);
QString email(const QString &address);
QString accountNumber(const QString &number);

// Replaces every run of 13 to 19 digits that may be a card number with
// its masked form (first 6 and last 4, PCI DSS 3.4.1). Digits of any script
// count (full-width ６２２２ too), and up to three separators may stand
// between them: spaces of any width, dashes, dots, slashes. Longer runs are
// left alone (order numbers). Every free text the server accepts passes
// here as it is read (JsonReader::text); the console uses it before it
// stores or queues notes and complaints.
QString redactCardNumbers(const QString &text);

// Digits only, without a leading +86 / 0086 country code.
QString nationalPhoneDigits(const QString &number);

} // namespace WalletDesk::Masking
