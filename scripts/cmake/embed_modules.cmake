# Writes OUTPUT, a C++ source defining gyre::stdlib::kEmbeddedModules: the text of every .py
# file given in SOURCES (a ;-list), named by its file name without .py (`inspect.py` ->
# "inspect"; a folder's `__init__.py` would need a package entry, which no module uses yet).
# Run as `cmake -DOUTPUT=... -DSOURCES=... -P embed_modules.cmake` by the build.
set(body "// Generated from stdlib/lib/*.py by scripts/cmake/embed_modules.cmake: do not edit.\n")
string(APPEND body "#include \"stdlib/embedded_modules.hpp\"\n\nnamespace gyre::stdlib {\n\n")
string(APPEND body "const EmbeddedModule kEmbeddedModules[] = {\n")
foreach(source IN LISTS SOURCES)
  get_filename_component(name "${source}" NAME_WE)
  file(READ "${source}" text)
  if(text MATCHES "\\)gyre_py\"")
    message(FATAL_ERROR "${source} contains the raw-string delimiter )gyre_py\"")
  endif()
  string(APPEND body "    {\"${name}\", R\"gyre_py(${text})gyre_py\"},\n")
endforeach()
string(APPEND body "    {nullptr, nullptr},\n};\n\n}  // namespace gyre::stdlib\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
# Only touch OUTPUT when it changes, so that an unchanged module set rebuilds nothing.
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
