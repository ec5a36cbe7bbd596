# Writes OUT: a C table of the Python-written modules in lib/*.py, so the
# binary needs no files at run time. Called by CMakeLists.txt with FILES
# (paths separated by '|') and OUT.
string(REPLACE "|" ";" FILES "${FILES}")
set(body "/* Generated from the lib folder's .py files by scripts/embed_modules.cmake. */\n#include \"frozen.h\"\n\n")
set(table "")
foreach(file ${FILES})
  get_filename_component(name ${file} NAME)
  string(REGEX REPLACE "\\.py$" "" name "${name}")
  file(READ ${file} hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," hex "${hex}")
  string(APPEND body "static const unsigned char src_${name}[] = {${hex}0x00};\n")
  string(APPEND table "  {\"${name}\", (const char *)src_${name}, sizeof src_${name} - 1},\n")
endforeach()
string(APPEND body "\nconst MpyFrozenModule mpy_frozen_modules[] = {\n${table}  {0, 0, 0},\n};\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
