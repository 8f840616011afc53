using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Causa.TestSupport.Architecture;

/// <summary>
/// Decodes a metadata signature (field, method, local variables, type specification) and records every type
/// defined in the assembly it mentions, at any depth (generic arguments, arrays, pointers, by-ref).
/// The decoded value itself is not used: the side effect on <see cref="Found"/> is the point.
/// </summary>
internal sealed class SignatureTypeCollector(MetadataReader reader) : ISignatureTypeProvider<bool, object?>
{
    /// <summary>Every type definition seen since the collector was made.</summary>
    public HashSet<TypeDefinitionHandle> Found { get; } = [];

    public bool GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        Found.Add(handle);
        return true;
    }

    // A reference names a type of another assembly: it cannot be part of this assembly's namespace graph.
    public bool GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => true;

    public bool GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public bool GetArrayType(bool elementType, ArrayShape shape) => true;

    public bool GetByReferenceType(bool elementType) => true;

    public bool GetFunctionPointerType(MethodSignature<bool> signature) => true;

    public bool GetGenericInstantiation(bool genericType, ImmutableArray<bool> typeArguments) => true;

    public bool GetGenericMethodParameter(object? genericContext, int index) => true;

    public bool GetGenericTypeParameter(object? genericContext, int index) => true;

    public bool GetModifiedType(bool modifier, bool unmodifiedType, bool isRequired) => true;

    public bool GetPinnedType(bool elementType) => true;

    public bool GetPointerType(bool elementType) => true;

    public bool GetPrimitiveType(PrimitiveTypeCode typeCode) => true;

    public bool GetSZArrayType(bool elementType) => true;
}
