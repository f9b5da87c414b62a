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

// Replaces every run of 13 to 19 digits (spaces and dashes allowed between
// them) that looks like a card number with its masked form. Used on free
// text such as call notes before it is stored.
QString redactCardNumbers(const QString &text);

// Digits only, without a leading +86 / 0086 country code.
QString nationalPhoneDigits(const QString &number);

} // namespace WalletDesk::Masking
