using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Causa.TestSupport.Architecture;

/// <summary>
/// Walks one type definition's metadata and method bodies and adds an edge from its namespace to the namespace of
/// every type of the same assembly it refers to (see <see cref="NamespaceGraph"/>).
/// </summary>
internal sealed class Scanner(
    MetadataReader reader,
    PEReader pe,
    string rootNamespace,
    NamespaceGraph graph)
{
    // ldstr's operand is an offset into the user-string heap, not a row of a metadata table.
    private const int UserStringTable = 0x70;

    private readonly SignatureTypeCollector _collector = new(reader);

    /// <summary>Adds the edges of one type (nested types are visited as types of their own).</summary>
    public void ScanType(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        if (NamespaceOf(handle) is null)
        {
            return;
        }

        _collector.Found.Clear();
        AddTypeOf(type.BaseType);
        foreach (var implementation in type.GetInterfaceImplementations())
        {
            AddTypeOf(reader.GetInterfaceImplementation(implementation).Interface);
        }

        AddGenericParameters(type.GetGenericParameters());
        AddAttributes(type.GetCustomAttributes());
        foreach (var fieldHandle in type.GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            field.DecodeSignature(_collector, null);
            AddAttributes(field.GetCustomAttributes());
        }

        foreach (var propertyHandle in type.GetProperties())
        {
            var property = reader.GetPropertyDefinition(propertyHandle);
            property.DecodeSignature(_collector, null);
            AddAttributes(property.GetCustomAttributes());
        }

        foreach (var eventHandle in type.GetEvents())
        {
            var definition = reader.GetEventDefinition(eventHandle);
            AddTypeOf(definition.Type);
        }

        foreach (var methodHandle in type.GetMethods())
        {
            ScanMethod(methodHandle);
        }

        foreach (var used in _collector.Found)
        {
            AddEdge(handle, used);
        }
    }

    private void ScanMethod(MethodDefinitionHandle methodHandle)
    {
        var method = reader.GetMethodDefinition(methodHandle);
        method.DecodeSignature(_collector, null);
        AddGenericParameters(method.GetGenericParameters());
        AddAttributes(method.GetCustomAttributes());
        foreach (var parameter in method.GetParameters())
        {
            AddAttributes(reader.GetParameter(parameter).GetCustomAttributes());
        }

        if (method.RelativeVirtualAddress == 0)
        {
            return;
        }

        var body = pe.GetMethodBody(method.RelativeVirtualAddress);
        if (!body.LocalSignature.IsNil)
        {
            reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(_collector, null);
        }

        foreach (var region in body.ExceptionRegions)
        {
            AddTypeOf(region.CatchType);
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            int code = il.ReadByte();
            if (code == 0xFE)
            {
                code = 0xFE00 | il.ReadByte();
            }

            var operand = IlOperands.SizeOf(code);
            if (operand == IlOperands.Token)
            {
                var token = il.ReadInt32();
                if ((token >>> 24) != UserStringTable)
                {
                    AddToken(MetadataTokens.EntityHandle(token));
                }
            }
            else if (operand == IlOperands.Switch)
            {
                var targets = il.ReadInt32();
                il.Offset += 4 * targets;
            }
            else
            {
                il.Offset += operand;
            }
        }
    }

    private void AddToken(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
            case HandleKind.TypeReference:
            case HandleKind.TypeSpecification:
                AddTypeOf(handle);
                break;
            case HandleKind.FieldDefinition:
                var field = reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                _collector.Found.Add(field.GetDeclaringType());
                field.DecodeSignature(_collector, null);
                break;
            case HandleKind.MethodDefinition:
                var method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                _collector.Found.Add(method.GetDeclaringType());
                method.DecodeSignature(_collector, null);
                break;
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                AddToken(member.Parent);
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    member.DecodeMethodSignature(_collector, null);
                }
                else
                {
                    member.DecodeFieldSignature(_collector, null);
                }

                break;
            case HandleKind.MethodSpecification:
                var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                AddToken(specification.Method);
                specification.DecodeSignature(_collector, null);
                break;
            default:
                // Strings, stand-alone signatures (calli), module references: no type of this assembly.
                break;
        }
    }

    private void AddTypeOf(EntityHandle handle)
    {
        if (handle.IsNil)
        {
            return;
        }

        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                _collector.Found.Add((TypeDefinitionHandle)handle);
                break;
            case HandleKind.TypeSpecification:
                _collector.GetTypeFromSpecification(reader, null, (TypeSpecificationHandle)handle, 0);
                break;
            default:
                break;
        }
    }

    private void AddGenericParameters(GenericParameterHandleCollection parameters)
    {
        foreach (var parameter in parameters)
        {
            foreach (var constraint in reader.GetGenericParameter(parameter).GetConstraints())
            {
                AddTypeOf(reader.GetGenericParameterConstraint(constraint).Type);
            }
        }
    }

    private void AddAttributes(CustomAttributeHandleCollection attributes)
    {
        foreach (var attribute in attributes)
        {
            AddToken(reader.GetCustomAttribute(attribute).Constructor);
        }
    }

    private void AddEdge(TypeDefinitionHandle from, TypeDefinitionHandle to)
    {
        var source = NamespaceOf(from);
        var target = NamespaceOf(to);
        if (source is null || target is null || source == target)
        {
            return;
        }

        graph.Add(source, target, $"{NameOf(from)} uses {NameOf(to)}");
    }

    private TypeDefinitionHandle Outermost(TypeDefinitionHandle handle)
    {
        while (true)
        {
            var declaring = reader.GetTypeDefinition(handle).GetDeclaringType();
            if (declaring.IsNil)
            {
                return handle;
            }

            handle = declaring;
        }
    }

    private string? NamespaceOf(TypeDefinitionHandle handle) =>
        NamespaceGraph.Relative(reader.GetString(reader.GetTypeDefinition(Outermost(handle)).Namespace), rootNamespace);

    private string NameOf(TypeDefinitionHandle handle)
    {
        var outer = Outermost(handle);
        var definition = reader.GetTypeDefinition(outer);
        return $"{NamespaceOf(outer)}.{reader.GetString(definition.Name)}";
    }
}
