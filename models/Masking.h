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

// Masks every run of 13 or more digits that may hold a card number,
// keeping only its first 6 and last 4 digits (PCI DSS 3.4.1). Digits of any
// script count (full-width ６２２２ and mathematical ones too), and up to
// three separators may stand between groups: spaces of any width, tabs and
// line breaks, zero-width spaces, dashes, dots, slashes. Numbers written
// together are masked together. Left as written: one unbroken run of more
// than 19 digits (an order number) and "+86" with a mobile number. Every
// free text the server accepts passes here as it is read
// (JsonReader::text); the console uses it before it stores or queues notes
// and complaints.
QString redactCardNumbers(const QString &text);

// Digits only, without a leading +86 / 0086 country code.
QString nationalPhoneDigits(const QString &number);

} // namespace WalletDesk::Masking
