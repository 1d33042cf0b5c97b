<#--
  Weir's productions added to Calcite's parser. Each yields one of Calcite's standard type specs, so the planner
  validates the result without knowing these spellings exist.
-->

/** {@code STRING}: a character string of the largest length, Flink's VARCHAR(2147483647). */
SqlTypeNameSpec WeirStringType() :
{
}
{
    <STRING>
    {
        return new SqlBasicTypeNameSpec(SqlTypeName.VARCHAR, Integer.MAX_VALUE, getPos());
    }
}

/** {@code BYTES}: a binary string of the largest length, Flink's VARBINARY(2147483647). */
SqlTypeNameSpec WeirBytesType() :
{
}
{
    <BYTES>
    {
        return new SqlBasicTypeNameSpec(SqlTypeName.VARBINARY, Integer.MAX_VALUE, getPos());
    }
}

/** {@code TIMESTAMP_LTZ[(p)]}: Flink's short name of TIMESTAMP[(p)] WITH LOCAL TIME ZONE. */
SqlTypeNameSpec WeirTimestampLtzType() :
{
    final Span s;
    int precision = -1;
}
{
    <TIMESTAMP_LTZ> { s = span(); }
    [
        <LPAREN> precision = UnsignedIntLiteral() <RPAREN>
    ]
    {
        return new SqlBasicTypeNameSpec(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, precision, s.end(this));
    }
}

/** {@code ROW<name type [NOT NULL], ...>}: Flink's angle-bracket spelling of {@code ROW(...)}. */
SqlTypeNameSpec WeirAngleRowType() :
{
    final Span s;
    final List<SqlIdentifier> fieldNames = new ArrayList<SqlIdentifier>();
    final List<SqlDataTypeSpec> fieldTypes = new ArrayList<SqlDataTypeSpec>();
}
{
    <ROW> { s = span(); } <LT>
    WeirRowField(fieldNames, fieldTypes)
    ( <COMMA> WeirRowField(fieldNames, fieldTypes) )*
    <GT>
    {
        return new SqlRowTypeNameSpec(s.end(this), fieldNames, fieldTypes);
    }
}

/** A field of an angle-bracket ROW: nullable unless NOT NULL follows its type. */
void WeirRowField(List<SqlIdentifier> fieldNames, List<SqlDataTypeSpec> fieldTypes) :
{
    final SqlIdentifier name;
    final SqlDataTypeSpec type;
    final boolean nullable;
}
{
    name = SimpleIdentifier()
    type = DataType()
    nullable = NullableOptDefaultTrue()
    {
        fieldNames.add(name);
        fieldTypes.add(type.withNullable(nullable, getPos()));
    }
}
