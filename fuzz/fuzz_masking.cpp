// libFuzzer target: models/Masking (every function, on UTF-8 and on raw
// UTF-16 input, lone surrogates included). Properties: no crash or sanitizer
// report; card() shows at most 6 + 4 digits; redactCardNumbers() leaves no
// run it would mask again (masking twice changes nothing).

#include "FuzzCheck.h"
#include "Masking.h"

#include <cstddef>
#include <cstdint>

using namespace WalletDesk;

namespace {

qsizetype digitCount(const QString &s)
{
    qsizetype n = 0;
    for (QChar c : s)
        n += c.isDigit() ? 1 : 0;
    return n;
}

void exercise(const QString &text)
{
    Masking::phone(text);
    Masking::idNumber(text);
    Masking::name(text);
    Masking::email(text);
    Masking::accountNumber(text);
    Masking::nationalPhoneDigits(text);

    const QString card = Masking::card(text);
    Fuzz::check(digitCount(card) <= 10, "card() shows more than 6 + 4 digits",
        QStringLiteral("input: %1\nmasked: %2").arg(text, card));

    const QString redacted = Masking::redactCardNumbers(text);
    const QString twice = Masking::redactCardNumbers(redacted);
    Fuzz::check(twice == redacted, "redactCardNumbers() leaves a card number behind",
        QStringLiteral("input: %1\nonce: %2\ntwice: %3").arg(text, redacted, twice));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    exercise(QString::fromUtf8(bytes, qsizetype(size)));
    // The same bytes as UTF-16: text from a widget or a JSON "\uXXXX" escape
    // can hold any code unit, a lone surrogate included.
    exercise(QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)));
    return 0;
}
