#!/usr/bin/env bash
# Records the types, style classes and ids of the main window's first frames (FirstFrameThemeTest:
# decks, no decks, the error screen, the opening placeholder; light and dark) and cuts Primer Light
# and Dark down to the rules that can match them (TrimTheme.java), into the first-frame sheets
# ThemeController starts with. Run after changing what the first frame shows:
#   packaging/first-frame-styles.sh && mvn -o -q test -Dtest=FirstFrameThemeTest
set -euo pipefail
cd "$(dirname "$0")/.."
keys=src/test/resources/io/deckhand/ui/theme/first-frame-style-keys.txt
mvn -o -q test -Dtest=FirstFrameThemeTest -Dsurefire.failIfNoSpecifiedTests=false -Ddeckhand.record.styles="$PWD/$keys"
jar=$(ls target/lib/atlantafx-base-*.jar 2>/dev/null | head -1)
[[ -n $jar ]] || jar=$(find ~/.m2/repository/io/github/mkpaz/atlantafx-base -name 'atlantafx-base-*.jar' | sort | tail -1)
java packaging/TrimTheme.java "$jar" "$keys" src/main/resources/io/deckhand/ui/theme
echo "$(wc -l <"$keys") keys in $keys"
